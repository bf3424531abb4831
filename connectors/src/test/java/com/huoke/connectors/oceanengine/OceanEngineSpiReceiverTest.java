package com.huoke.connectors.oceanengine;

import static com.huoke.connectors.inbound.support.ExpectedOutcome.accepted;
import static com.huoke.connectors.inbound.support.ExpectedOutcome.receive;
import static com.huoke.connectors.inbound.support.ExpectedOutcome.rejected;
import static com.huoke.connectors.inbound.support.InboundResults.emptyDeliveryReply;
import static com.huoke.connectors.inbound.support.InboundResults.onlyLead;
import static com.huoke.connectors.inbound.support.InboundResults.urlCheckReply;
import static com.huoke.connectors.inbound.support.WebhookRequests.get;
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

class OceanEngineSpiReceiverTest {

  private static final String SECRET = "oceanengine-spi-secret";

  /** Ten seconds after the sample pushes were sent (their timestamp is 1764051200000). */
  private static final Instant NOW = Instant.parse("2025-11-25T06:13:30Z");

  private static final ChannelCredentials CREDENTIALS =
      new ChannelCredentials(Map.of("spiSecret", SECRET));
  private static final OceanEngineSignature SIGNATURE = new OceanEngineSignature(SECRET);
  private static final String OK = "{\"BaseResp\":{\"StatusCode\":200,\"StatusMessage\":\"ok\"}";

  private final OceanEngineSpiReceiver receiver = receiverAt(NOW);

  private static OceanEngineSpiReceiver receiverAt(Instant now) {
    return new OceanEngineSpiReceiver(Clock.fixed(now, ZoneOffset.UTC));
  }

  private static WebhookRequests.Builder signed(byte[] body) {
    return post(body).header("X-Open-Signature", SIGNATURE.sign(body));
  }

  /** A push sent at {@code timestamp}, otherwise like the sample clue push. */
  private static byte[] pushSentAt(long timestamp) {
    return utf8(
        "{\"message_id\":\"m-"
            + timestamp
            + "\",\"service_label\":\"tools.clue.push\",\"timestamp\":"
            + timestamp
            + ",\"nonce\":1,\"data\":\"{\\\"clue_id\\\":\\\"1\\\",\\\"telephone\\\":\\\"13900000000\\\"}\"}");
  }

  @Test
  void identifiesAsOceanEngineAndDeclaresItsSettings() {
    assertThat(receiver.platform()).isEqualTo("oceanengine");
    assertThat(receiver.credentials())
        .extracting(CredentialSpec::name, CredentialSpec::required, CredentialSpec::secret)
        .containsExactly(
            tuple("spiSecret", true, true), tuple("replayWindowSeconds", false, false));
  }

  @Test
  void answersGetChallengeWithBaseRespAndTheNumber() {
    var request = get().query("event", "verify_webhook").query("challenge", "1764051200").build();

    var reply = urlCheckReply(receive(receiver, CREDENTIALS, request));

    assertThat(reply.body()).isEqualTo(OK + ",\"challenge\":1764051200}");
    assertThat(reply.contentType()).startsWith("application/json");
  }

  @Test
  void checksSignatureOfGetChallengeWhenOneIsSent() {
    var signedRight =
        get()
            .query("event", "verify_webhook")
            .query("challenge", "42")
            .header("X-Open-Signature", SIGNATURE.sign(new byte[0]))
            .build();
    var signedWrong =
        get()
            .query("event", "verify_webhook")
            .query("challenge", "42")
            .header("X-Open-Signature", new OceanEngineSignature("guess").sign(new byte[0]))
            .build();

    assertThatCode(() -> receiver.verify(signedRight, CREDENTIALS)).doesNotThrowAnyException();
    assertThatThrownBy(() -> receiver.verify(signedWrong, CREDENTIALS))
        .hasFieldOrPropertyWithValue("code", "signature-mismatch");
  }

  @Test
  void requiresSignatureOnGetThatIsNoChallenge() {
    assertThatThrownBy(() -> receiver.verify(get().query("event", "other").build(), CREDENTIALS))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "signature-missing");
  }

  @Test
  void answersPostChallengeFromTheJsonBody() {
    var result =
        receive(receiver, CREDENTIALS, signed(resource("oceanengine/verify-webhook.json")).build());

    assertThat(urlCheckReply(result).body()).isEqualTo(OK + ",\"challenge\":1764051200}");
  }

  @Test
  void turnsCluePushIntoLead() {
    var submitted =
        onlyLead(
            receive(receiver, CREDENTIALS, signed(resource("oceanengine/clue-push.json")).build()));

    assertThat(submitted.messageId()).isEqualTo("e5b2f0b2-7a7b-4a0e-9e4c-3c1f0d5e8a11");
    assertThat(submitted.occurredAt()).isEqualTo(Instant.parse("2025-11-25T06:13:10Z"));
    var lead = submitted.lead();
    assertThat(lead.contactName()).isEqualTo("李雷");
    assertThat(lead.contactPhone()).isEqualTo("13912345678");
    assertThat(lead.contactWechat()).isEqualTo("lilei_1990");
    assertThat(lead.contactEmail()).isEqualTo("lilei@example.com");
    assertThat(lead.region()).isEqualTo("浙江省 杭州市");
    assertThat(lead.company()).isEqualTo("杭州云帆科技有限公司");
    assertThat(lead.jobTitle()).isEqualTo("市场总监");
    assertThat(lead.sourceChannel()).isEqualTo("抖音-企业版免费试用落地页");
    assertThat(lead.sourceCampaign()).isEqualTo("春季新品-表单-01");
    assertThat(lead.landingUrl()).startsWith("https://www.chengzijianzhan.com/tetris/page/");
    assertThat(lead.utmSource()).isEqualTo("oceanengine");
    assertThat(lead.utmMedium()).isEqualTo("feed");
    assertThat(lead.utmCampaign()).isEqualTo("spring-launch");
    assertThat(lead.formFields())
        .containsEntry("性别", "男")
        .containsEntry("留言", "周末联系")
        .containsEntry("团队规模", "50-200人")
        .doesNotContainKey("年龄");
    assertThat(lead.rawData()).containsEntry("service_label", "tools.clue.push");
  }

  @Test
  void acknowledgesPushOfAnotherSubscriptionWithoutEvents() {
    var result =
        receive(receiver, CREDENTIALS, signed(resource("oceanengine/report-push.json")).build());

    assertThat(emptyDeliveryReply(result).body()).isEqualTo(OK + "}");
  }

  @Test
  void rejectsClueWithoutMessageId() {
    byte[] body =
        utf8("{\"timestamp\":1764051200000,\"data\":{\"clue_id\":\"1\",\"telephone\":\"139\"}}");

    assertThatThrownBy(() -> receive(receiver, CREDENTIALS, signed(body).build()))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("message_id");
  }

  @Test
  void rejectsClueWithNoWayToContactThePerson() {
    byte[] body =
        utf8(
            "{\"message_id\":\"m\",\"timestamp\":1764051200000,\"data\":\"{\\\"clue_id\\\":\\\"1\\\",\\\"name\\\":\\\"李雷\\\"}\"}");

    assertThatThrownBy(() -> receive(receiver, CREDENTIALS, signed(body).build()))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("phone number");
  }

  @Test
  void acceptsPushSentJustInsideTheReplayWindow() {
    long sent = NOW.minusSeconds(3600).toEpochMilli();

    onlyLead(receive(receiver, CREDENTIALS, signed(pushSentAt(sent)).build()));
  }

  @Test
  void rejectsPushSentBeforeTheReplayWindow() {
    long sent = NOW.minusSeconds(3601).toEpochMilli();

    assertThatThrownBy(() -> receiver.verify(signed(pushSentAt(sent)).build(), CREDENTIALS))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "timestamp-outside-window")
        .hasMessageContaining("3601 s old");
  }

  @Test
  void rejectsPushDatedTooFarInTheFuture() {
    long sent = NOW.plusSeconds(7200).toEpochMilli();

    assertThatThrownBy(() -> receiver.verify(signed(pushSentAt(sent)).build(), CREDENTIALS))
        .hasFieldOrPropertyWithValue("code", "timestamp-outside-window")
        .hasMessageContaining("in the future");
  }

  @Test
  void usesTheConfiguredReplayWindow() {
    var strict = new ChannelCredentials(Map.of("spiSecret", SECRET, "replayWindowSeconds", "60"));
    var request = signed(pushSentAt(NOW.minusSeconds(61).toEpochMilli())).build();

    assertThatThrownBy(() -> receiver.verify(request, strict))
        .hasFieldOrPropertyWithValue("code", "timestamp-outside-window");
    assertThatCode(() -> receiver.verify(request, CREDENTIALS)).doesNotThrowAnyException();
  }

  @Test
  void reportsAnUnusableReplayWindowSettingAsConfigurationError() {
    var broken = new ChannelCredentials(Map.of("spiSecret", SECRET, "replayWindowSeconds", "-5"));

    assertThatThrownBy(
            () -> receiver.verify(signed(pushSentAt(NOW.toEpochMilli())).build(), broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("replayWindowSeconds");
  }

  @Test
  void checksTheSignatureBeforeTheTimestamp() {
    // a forged push must learn nothing about the window: it fails on the signature first
    var forged =
        post(pushSentAt(0))
            .header("X-Open-Signature", new OceanEngineSignature("x").sign(pushSentAt(0)))
            .build();

    assertThatThrownBy(() -> receiver.verify(forged, CREDENTIALS))
        .hasFieldOrPropertyWithValue("code", "signature-mismatch");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void handlesBadInputCleanly(BadInput input) {
    input.expected().assertFor(receiver, CREDENTIALS, input.request());
  }

  static Stream<BadInput> badInputs() {
    byte[] clue = resource("oceanengine/clue-push.json");
    return Stream.of(
        new BadInput(
            "wrong signature",
            post(clue)
                .header("X-Open-Signature", new OceanEngineSignature("guess").sign(clue))
                .build(),
            rejected(SignatureRejectedException.class, "signature-mismatch")),
        new BadInput(
            "missing signature",
            post(clue).build(),
            rejected(SignatureRejectedException.class, "signature-missing")),
        new BadInput(
            "replayed push from yesterday",
            signed(pushSentAt(NOW.minusSeconds(86_400).toEpochMilli())).build(),
            rejected(SignatureRejectedException.class, "timestamp-outside-window")),
        new BadInput(
            "push without timestamp",
            signed(utf8("{\"message_id\":\"m\",\"data\":\"{}\"}")).build(),
            rejected(SignatureRejectedException.class, "timestamp-outside-window")),
        new BadInput(
            "timestamp that is not a number",
            signed(utf8("{\"message_id\":\"m\",\"timestamp\":\"soon\",\"data\":\"{}\"}")).build(),
            rejected(SignatureRejectedException.class, "timestamp-outside-window")),
        new BadInput(
            "truncated body",
            signed(truncated(clue)).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "random bytes",
            signed(randomBytes(11)).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "form content type",
            signed(clue).contentType("application/x-www-form-urlencoded").build(),
            rejected(UnsupportedContentTypeException.class, "unsupported-content-type")),
        new BadInput(
            "data that is not JSON",
            signed(
                    utf8(
                        "{\"message_id\":\"m\",\"timestamp\":1764051200000,\"data\":\"{\\\"clue_id\\\":\"}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "duplicate keys",
            signed(utf8("{\"message_id\":\"m\",\"timestamp\":1764051200000,\"timestamp\":1}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "challenge that is not a number",
            get().query("event", "verify_webhook").query("challenge", "1; drop").build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "huge remark within limits",
            signed(clueWith("李雷", huge(100_000))).build(),
            accepted(
                result ->
                    assertThat(onlyLead(result).lead().formFields().get("留言")).hasSize(100_000))),
        new BadInput(
            "body over the size limit",
            signed(clueWith("李雷", huge(400_000))).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "unicode name with emoji",
            signed(clueWith("李雷\uD83D\uDE80", "你好 👋")).build(),
            accepted(
                result -> assertThat(onlyLead(result).lead().contactName()).isEqualTo("李雷🚀"))));
  }

  private static byte[] clueWith(String name, String remark) {
    return utf8(
        "{\"message_id\":\"m-huge\",\"timestamp\":1764051200000,\"data\":{\"clue_id\":\"9\",\"name\":\""
            + name
            + "\",\"telephone\":\"13900000000\",\"remark\":\""
            + remark
            + "\"}}");
  }
}
