package com.huoke.connectors.xiaohongshu;

import static com.huoke.connectors.inbound.support.ExpectedOutcome.accepted;
import static com.huoke.connectors.inbound.support.ExpectedOutcome.receive;
import static com.huoke.connectors.inbound.support.ExpectedOutcome.rejected;
import static com.huoke.connectors.inbound.support.InboundResults.onlyLead;
import static com.huoke.connectors.inbound.support.WebhookRequests.huge;
import static com.huoke.connectors.inbound.support.WebhookRequests.post;
import static com.huoke.connectors.inbound.support.WebhookRequests.randomBytes;
import static com.huoke.connectors.inbound.support.WebhookRequests.resource;
import static com.huoke.connectors.inbound.support.WebhookRequests.truncated;
import static com.huoke.connectors.inbound.support.WebhookRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import com.huoke.connectors.inbound.support.BadInput;
import com.huoke.connectors.inbound.support.WebhookRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class XiaohongshuLeadReceiverTest {

  private static final String TOKEN = "xhs-push-token";
  private static final Instant NOW = Instant.parse("2025-11-25T06:20:06Z");
  private static final ChannelCredentials WITH_TOKEN =
      new ChannelCredentials(Map.of("token", TOKEN));
  private static final ChannelCredentials WITHOUT_TOKEN = new ChannelCredentials(Map.of());
  private static final XiaohongshuSignature SIGNATURE = new XiaohongshuSignature(TOKEN);

  private final XiaohongshuLeadReceiver receiver =
      new XiaohongshuLeadReceiver(Clock.fixed(NOW, ZoneOffset.UTC));

  private static WebhookRequests.Builder signed(byte[] body) {
    return post(body).header("X-Red-Signature", SIGNATURE.sign(body));
  }

  @Test
  void identifiesAsXiaohongshuWithAnOptionalToken() {
    assertThat(receiver.platform()).isEqualTo("xiaohongshu");
    assertThat(receiver.credentials())
        .extracting(CredentialSpec::name, CredentialSpec::required, CredentialSpec::secret)
        .containsExactly(tuple("token", false, true));
  }

  @Test
  void turnsLandingPageFormIntoLead() {
    var submitted =
        onlyLead(
            receive(receiver, WITH_TOKEN, signed(resource("xiaohongshu/lead-push.json")).build()));

    assertThat(submitted.messageId()).isEqualTo("LD20251125142005889123");
    assertThat(submitted.occurredAt()).isEqualTo(Instant.parse("2025-11-25T06:20:05Z"));
    var lead = submitted.lead();
    assertThat(lead)
        .extracting(
            l -> l.contactName(),
            l -> l.contactPhone(),
            l -> l.contactWechat(),
            l -> l.company(),
            l -> l.region(),
            l -> l.jobTitle())
        .containsExactly("韩梅梅", "13700001111", "meimei_han", "上海晨星文化传媒", "上海", "运营经理");
    assertThat(lead.sourceChannel()).isEqualTo("信息流");
    assertThat(lead.sourceCampaign()).isEqualTo("秋季试用-留资");
    assertThat(lead.landingUrl())
        .startsWith("https://www.xiaohongshu.com/lp/6744c1f2000000000b00e3a1");
    assertThat(lead.utmSource()).isEqualTo("xiaohongshu");
    assertThat(lead.utmContent()).isEqualTo("note-01");
    assertThat(lead.formFields()).hasSize(6).containsEntry("微信号", "meimei_han");
    assertThat(lead.rawData()).containsEntry("source", "juguang");
  }

  @Test
  void repliesWithSuccessJson() {
    var result =
        receive(receiver, WITH_TOKEN, signed(resource("xiaohongshu/lead-push.json")).build());

    assertThat(((InboundResult.Delivery) result).reply().body())
        .isEqualTo("{\"code\":0,\"msg\":\"success\"}");
  }

  @Test
  void acceptsUnsignedPushWhenChannelHasNoToken() {
    var unsigned = post(resource("xiaohongshu/lead-push.json")).build();

    assertThat(onlyLead(receive(receiver, WITHOUT_TOKEN, unsigned)).messageId())
        .isEqualTo("LD20251125142005889123");
  }

  @Test
  void requiresSignatureOnceChannelHasToken() {
    var unsigned = post(resource("xiaohongshu/lead-push.json")).build();

    assertThatThrownBy(() -> receiver.verify(unsigned, WITH_TOKEN))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "signature-missing");
  }

  @Test
  void mapsEnglishFormLabels() {
    byte[] body =
        utf8(
            "{\"data\":{\"leads_id\":\"L-en\",\"data\":[{\"label\":\"Full Name\",\"value\":\"Li Na\"},"
                + "{\"label\":\"Mobile\",\"value\":\"13700002222\"},{\"label\":\"E-mail\",\"value\":"
                + "\"li.na@example.com\"},{\"label\":\"Company name\",\"value\":\"Acme\"},"
                + "{\"label\":\"Job title\",\"value\":\"CTO\"},{\"label\":\"City\",\"value\":\"Shenzhen\"}]}}");

    var lead = onlyLead(receive(receiver, WITHOUT_TOKEN, post(body).build())).lead();

    assertThat(lead)
        .extracting(
            l -> l.contactName(),
            l -> l.contactPhone(),
            l -> l.contactEmail(),
            l -> l.company(),
            l -> l.jobTitle(),
            l -> l.region())
        .containsExactly("Li Na", "13700002222", "li.na@example.com", "Acme", "CTO", "Shenzhen");
  }

  @Test
  void usesReceiveTimeWhenSubmittedTimeIsUnreadable() {
    byte[] body =
        utf8(
            "{\"data\":{\"leads_id\":\"L-t\",\"submitted_time\":\"昨天\",\"data\":[{\"label\":\"电话\","
                + "\"value\":\"13700003333\"}]}}");

    assertThat(onlyLead(receive(receiver, WITHOUT_TOKEN, post(body).build())).occurredAt())
        .isEqualTo(NOW);
  }

  @Test
  void verifyAcceptsSignedPushBeforeAnyParsing() {
    // the signature covers the bytes, so even a body decode will refuse passes verify
    var request = signed(utf8("not json at all")).build();

    assertThatCode(() -> receiver.verify(request, WITH_TOKEN)).doesNotThrowAnyException();
    assertThatThrownBy(() -> receiver.decode(request, WITH_TOKEN))
        .isInstanceOf(UndecodablePayloadException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void handlesBadInputCleanly(BadInput input) {
    input.expected().assertFor(receiver, WITH_TOKEN, input.request());
  }

  static Stream<BadInput> badInputs() {
    byte[] push = resource("xiaohongshu/lead-push.json");
    return Stream.of(
        new BadInput(
            "wrong signature",
            post(push)
                .header("X-Red-Signature", new XiaohongshuSignature("guess").sign(push))
                .build(),
            rejected(SignatureRejectedException.class, "signature-mismatch")),
        new BadInput(
            "missing signature",
            post(push).build(),
            rejected(SignatureRejectedException.class, "signature-missing")),
        new BadInput(
            "truncated body",
            signed(truncated(push)).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "random bytes",
            signed(randomBytes(13)).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "plain-text content type",
            signed(push).contentType("text/plain").build(),
            rejected(UnsupportedContentTypeException.class, "unsupported-content-type")),
        new BadInput(
            "no leads_id",
            signed(utf8("{\"data\":{\"data\":[{\"label\":\"电话\",\"value\":\"13700001111\"}]}}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "no data",
            signed(utf8("{\"timestamp\":1,\"source\":\"juguang\"}")).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "form answers that are not a list",
            signed(utf8("{\"data\":{\"leads_id\":\"L\",\"data\":\"姓名:韩梅梅\"}}")).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "no way to contact the person",
            signed(
                    utf8(
                        "{\"data\":{\"leads_id\":\"L\",\"data\":[{\"label\":\"姓名\",\"value\":\"韩梅梅\"}]}}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "huge answer within limits",
            signed(formWith("需求", huge(50_000))).build(),
            accepted(
                result ->
                    assertThat(onlyLead(result).lead().formFields().get("需求")).hasSize(50_000))),
        new BadInput(
            "answer beyond the string limit",
            signed(formWith("需求", huge(262_145))).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "unicode labels and values",
            signed(formWith("称呼 🙂", "Zoë 韩")).build(),
            accepted(
                result -> assertThat(onlyLead(result).lead().contactName()).isEqualTo("Zoë 韩"))));
  }

  /** A push with a phone answer plus one more answer. */
  private static byte[] formWith(String label, String value) {
    return utf8(
        "{\"data\":{\"leads_id\":\"L-x\",\"data\":[{\"label\":\""
            + label
            + "\",\"value\":\""
            + value
            + "\"},{\"label\":\"手机号\",\"value\":\"13700001111\"}]}}");
  }
}
