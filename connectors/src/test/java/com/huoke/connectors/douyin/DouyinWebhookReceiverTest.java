package com.huoke.connectors.douyin;

import static com.huoke.connectors.inbound.support.ExpectedOutcome.accepted;
import static com.huoke.connectors.inbound.support.ExpectedOutcome.receive;
import static com.huoke.connectors.inbound.support.ExpectedOutcome.rejected;
import static com.huoke.connectors.inbound.support.InboundResults.emptyDeliveryReply;
import static com.huoke.connectors.inbound.support.InboundResults.onlyLead;
import static com.huoke.connectors.inbound.support.InboundResults.urlCheckReply;
import static com.huoke.connectors.inbound.support.WebhookRequests.huge;
import static com.huoke.connectors.inbound.support.WebhookRequests.post;
import static com.huoke.connectors.inbound.support.WebhookRequests.randomBytes;
import static com.huoke.connectors.inbound.support.WebhookRequests.resource;
import static com.huoke.connectors.inbound.support.WebhookRequests.truncated;
import static com.huoke.connectors.inbound.support.WebhookRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.PlatformIdentity;
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

class DouyinWebhookReceiverTest {

  private static final String SECRET = "douyin-client-secret";
  private static final Instant NOW = Instant.parse("2025-11-25T06:13:30Z");
  private static final ChannelCredentials CREDENTIALS =
      new ChannelCredentials(Map.of("clientSecret", SECRET));
  private static final DouyinSignature SIGNATURE = new DouyinSignature(SECRET);

  private final DouyinWebhookReceiver receiver =
      new DouyinWebhookReceiver(Clock.fixed(NOW, ZoneOffset.UTC));

  /** A push as Douyin sends it: signed over the exact bytes, with its Msg-Id. */
  private static WebhookRequests.Builder signed(byte[] body) {
    return post(body).header("X-Douyin-Signature", SIGNATURE.sign(body)).header("Msg-Id", "msg-1");
  }

  @Test
  void identifiesAsDouyinAndDeclaresItsSettings() {
    assertThat(receiver.platform()).isEqualTo("douyin");
    assertThat(receiver.credentials())
        .extracting(CredentialSpec::name, CredentialSpec::required, CredentialSpec::secret)
        .containsExactly(tuple("clientSecret", true, true), tuple("clientKey", false, false));
    assertThat(receiver.credentials())
        .allSatisfy(spec -> assertThat(spec.description()).isNotBlank());
  }

  @Test
  void answersUrlCheckWithTheChallengeAsNumber() {
    var result =
        receive(receiver, CREDENTIALS, signed(resource("douyin/verify-webhook.json")).build());

    assertThat(urlCheckReply(result).body()).isEqualTo("{\"challenge\":12345}");
    assertThat(urlCheckReply(result).contentType()).startsWith("application/json");
  }

  @Test
  void turnsFilledInLeadCardIntoLead() {
    var request =
        signed(resource("douyin/lead-card-submitted.json")).header("Msg-Id", "7f3e-msg").build();

    var submitted = onlyLead(receive(receiver, CREDENTIALS, request));

    assertThat(submitted.messageId()).isEqualTo("7f3e-msg");
    assertThat(submitted.occurredAt()).isEqualTo(Instant.ofEpochMilli(1764051019000L));
    var lead = submitted.lead();
    assertThat(lead.contactName()).isEqualTo("王芳");
    assertThat(lead.contactPhone()).isEqualTo("13812345678");
    assertThat(lead.region()).isEqualTo("广东省深圳市");
    assertThat(lead.sourceChannel()).isEqualTo("抖音私信留资卡片");
    assertThat(lead.identities())
        .containsExactly(
            new PlatformIdentity(
                PlatformIdentity.Kind.DOUYIN_OPENID, "ac6479a5-d7a6-4018-84be-c29bfc2a1b3e"));
    assertThat(lead.formFields())
        .containsExactly(
            Map.entry("姓名", "王芳"),
            Map.entry("手机号", "13812345678"),
            Map.entry("城市", "广东省深圳市"),
            Map.entry("咨询内容", "想了解企业版价格"));
    assertThat(lead.rawData())
        .containsEntry("event", "im_receive_msg")
        .containsEntry("log_id", "202511251430190101980821035705926A");
  }

  @Test
  void usesLogIdAsMessageIdWhenMsgIdHeaderIsAbsent() {
    var request =
        signed(resource("douyin/lead-card-submitted.json")).withoutHeader("Msg-Id").build();

    assertThat(onlyLead(receive(receiver, CREDENTIALS, request)).messageId())
        .isEqualTo("202511251430190101980821035705926A");
  }

  @Test
  void rejectsLeadWithNeitherMsgIdNorLogId() {
    byte[] body =
        utf8(
            "{\"event\":\"im_receive_msg\",\"from_user_id\":\"u1\",\"content\":{\"message_type\":"
                + "\"retain_consult_card\",\"card_status\":2,\"card_data\":[{\"label\":\"电话\","
                + "\"value\":\"13800000000\"}]}}");
    var request = signed(body).withoutHeader("Msg-Id").build();

    assertThatThrownBy(() -> receive(receiver, CREDENTIALS, request))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("Msg-Id")
        .hasMessageContaining("log_id");
  }

  @Test
  void acknowledgesCardThatIsStillBlankWithoutEvents() {
    var result =
        receive(receiver, CREDENTIALS, signed(resource("douyin/lead-card-blank.json")).build());

    assertThat(emptyDeliveryReply(result).body()).isEqualTo("{}");
  }

  @Test
  void acknowledgesPlainTextMessageWithoutEvents() {
    emptyDeliveryReply(
        receive(receiver, CREDENTIALS, signed(resource("douyin/text-message.json")).build()));
  }

  @Test
  void acknowledgesEventItDoesNotActOnWithoutReadingItsContent() {
    byte[] body = utf8("{\"event\":\"im_send_msg\",\"log_id\":\"l-2\",\"content\":\"{oops\"}");

    emptyDeliveryReply(receive(receiver, CREDENTIALS, signed(body).build()));
  }

  @Test
  void readsLegacyHomepageLeadEventByFieldNames() {
    byte[] body =
        utf8(
            "{\"event\":\"personal_tab_contact\",\"client_key\":\"awr8bfr64vxgk036\",\"from_user_id\":"
                + "\"u-9\",\"content\":\"{\\\"name\\\":\\\"赵磊\\\",\\\"telephone\\\":\\\"13500001111\\\"}\"}");

    var lead = onlyLead(receive(receiver, CREDENTIALS, signed(body).build())).lead();

    assertThat(lead.contactName()).isEqualTo("赵磊");
    assertThat(lead.contactPhone()).isEqualTo("13500001111");
    assertThat(lead.sourceChannel()).isEqualTo("抖音主页留资");
  }

  @Test
  void refusesLegacyLeadEventNobodyCanBeReachedThrough() {
    byte[] body = utf8("{\"event\":\"website_contact\",\"content\":\"{\\\"name\\\":\\\"赵磊\\\"}\"}");

    assertThatThrownBy(() -> receive(receiver, CREDENTIALS, signed(body).build()))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("phone number");
  }

  @Test
  void rejectsPushOfAnotherAppWhenClientKeyIsConfigured() {
    var credentials =
        new ChannelCredentials(Map.of("clientSecret", SECRET, "clientKey", "our-client-key"));
    var request = signed(resource("douyin/lead-card-submitted.json")).build();

    assertThatThrownBy(() -> receive(receiver, credentials, request))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("our-client-key")
        .hasMessageContaining("awr8bfr64vxgk036");
  }

  @Test
  void acceptsPushOfTheConfiguredAppAndItsUrlCheck() {
    var credentials =
        new ChannelCredentials(Map.of("clientSecret", SECRET, "clientKey", "awr8bfr64vxgk036"));

    onlyLead(
        receive(
            receiver, credentials, signed(resource("douyin/lead-card-submitted.json")).build()));
    urlCheckReply(
        receive(receiver, credentials, signed(resource("douyin/verify-webhook.json")).build()));
  }

  @Test
  void decodesDeadLetterWithoutVerifyingAgain() {
    // ops replay a stored request: decode alone must give the same lead
    var request = post(resource("douyin/lead-card-submitted.json")).header("Msg-Id", "m-1").build();

    assertThat(onlyLead(receiver.decode(request, CREDENTIALS)).lead().contactPhone())
        .isEqualTo("13812345678");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void handlesBadInputCleanly(BadInput input) {
    input.expected().assertFor(receiver, CREDENTIALS, input.request());
  }

  static Stream<BadInput> badInputs() {
    byte[] card = resource("douyin/lead-card-submitted.json");
    return Stream.of(
        new BadInput(
            "wrong signature",
            post(card)
                .header("X-Douyin-Signature", new DouyinSignature("guess").sign(card))
                .build(),
            rejected(SignatureRejectedException.class, "signature-mismatch")),
        new BadInput(
            "missing signature",
            post(card).build(),
            rejected(SignatureRejectedException.class, "signature-missing")),
        new BadInput(
            "signature of another body",
            post(card).header("X-Douyin-Signature", SIGNATURE.sign(utf8("{}"))).build(),
            rejected(SignatureRejectedException.class, "signature-mismatch")),
        new BadInput(
            "truncated body",
            signed(truncated(card)).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "random bytes",
            signed(randomBytes(7)).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "empty body",
            signed(new byte[0]).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "JSON array instead of object",
            signed(utf8("[1,2,3]")).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "form content type",
            signed(card).contentType("application/x-www-form-urlencoded").build(),
            rejected(UnsupportedContentTypeException.class, "unsupported-content-type")),
        new BadInput(
            "no content type",
            signed(card).contentType(null).build(),
            rejected(UnsupportedContentTypeException.class, "unsupported-content-type")),
        new BadInput(
            "no event field",
            signed(utf8("{\"client_key\":\"\",\"content\":{}}")).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "content that is not JSON",
            signed(utf8("{\"event\":\"im_receive_msg\",\"content\":\"{not json\"}")).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "challenge that is not a number",
            signed(utf8("{\"event\":\"verify_webhook\",\"content\":{\"challenge\":\"abc\"}}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "deeply nested JSON",
            signed(
                    utf8(
                        "{\"event\":\"x\",\"content\":"
                            + "[".repeat(5000)
                            + "]".repeat(5000)
                            + "}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "huge number",
            signed(
                    utf8(
                        "{\"event\":\"verify_webhook\",\"content\":{\"challenge\":"
                            + "9".repeat(100_000)
                            + "}}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "huge name within limits",
            signed(cardWith(huge(100_000), "13812345678")).build(),
            accepted(result -> assertThat(onlyLead(result).lead().contactName()).hasSize(100_000))),
        new BadInput(
            "huge field beyond the string limit",
            signed(cardWith(huge(300_000), "13812345678")).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "unicode names, emoji and escapes",
            signed(cardWith("王芳\uD83C\uDF38 Ünïcødé", "\\u0031\\u0033812345678")).build(),
            accepted(
                result -> {
                  var lead = onlyLead(result).lead();
                  assertThat(lead.contactName()).isEqualTo("王芳🌸 Ünïcødé");
                  assertThat(lead.contactPhone()).isEqualTo("13812345678");
                })));
  }

  private static byte[] cardWith(String name, String phone) {
    String content =
        "{\"message_type\":\"retain_consult_card\",\"card_status\":2,\"card_data\":[{\"label\":\"姓名\","
            + "\"value\":\""
            + name
            + "\"},{\"label\":\"手机号\",\"value\":\""
            + phone
            + "\"}]}";
    return utf8(
        "{\"event\":\"im_receive_msg\",\"from_user_id\":\"u1\",\"log_id\":\"l1\",\"content\":"
            + content
            + "}");
  }
}
