package com.huoke.connectors.wechatmp;

import static com.huoke.connectors.weixin.WeixinTestCrypto.envelope;
import static com.huoke.connectors.weixin.WeixinTestCrypto.get;
import static com.huoke.connectors.weixin.WeixinTestCrypto.post;
import static com.huoke.connectors.weixin.WeixinTestCrypto.query;
import static com.huoke.connectors.weixin.WeixinTestCrypto.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.PlatformIdentity;
import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import com.huoke.connectors.weixin.BadCallback;
import com.huoke.connectors.weixin.WeixinTestCrypto;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WechatMpCallbackReceiverTest {

  private static final String TOKEN = "hk7MpToken2025";
  private static final String AES_KEY = "kWxPqR3n8sT5vY2zB6cD9fG1hJ4lM7oQ0uX3aE5iK8m";
  private static final String APP_ID = "wx5c8e9a1b2d3f4e6a";
  private static final String ACCOUNT = "gh_3f1c2b9a8e7d";
  private static final String OPENID = "oJ8ZQ5x9kP3hV2mNtR7cW1yL4aBc";
  private static final Instant CREATED = Instant.ofEpochSecond(1_764_000_000L);
  private static final long NOW = 1_764_000_030L;
  private static final String TIMESTAMP = Long.toString(NOW - 2);
  private static final String STALE_TIMESTAMP = Long.toString(NOW - 3_600);
  private static final String NONCE = "1320562132";

  private static final String TEXT = resource("wechatmp/text.xml");
  private static final String XXE =
      "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
          + "<xml><ToUserName>&xxe;</ToUserName><MsgType>text</MsgType></xml>";

  private static final WeixinTestCrypto CRYPTO = new WeixinTestCrypto(TOKEN, AES_KEY);
  private static final WeixinTestCrypto IMPOSTOR = new WeixinTestCrypto("guessed", AES_KEY);
  private static final ChannelCredentials PLAIN =
      new ChannelCredentials(Map.of("token", TOKEN, "appId", APP_ID));
  private static final ChannelCredentials SAFE =
      new ChannelCredentials(Map.of("token", TOKEN, "appId", APP_ID, "encodingAesKey", AES_KEY));

  private final WechatMpCallbackReceiver receiver =
      new WechatMpCallbackReceiver(Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

  /** The two ways an account can receive callbacks; each test runs through both. */
  enum Mode {
    PLAIN(WechatMpCallbackReceiverTest::plainPost, WechatMpCallbackReceiverTest.PLAIN),
    SAFE(WechatMpCallbackReceiverTest::safePost, WechatMpCallbackReceiverTest.SAFE);

    final Function<String, InboundRequest> post;
    final ChannelCredentials credentials;

    Mode(Function<String, InboundRequest> post, ChannelCredentials credentials) {
      this.post = post;
      this.credentials = credentials;
    }
  }

  @Test
  void declaresItsPlatformAndCredentials() {
    assertThat(receiver.platform()).isEqualTo("wechatmp");
    assertThat(receiver.credentials())
        .extracting(CredentialSpec::name, CredentialSpec::required, CredentialSpec::secret)
        .containsExactly(
            tuple("token", true, true),
            tuple("appId", true, false),
            tuple("encodingAesKey", false, true),
            tuple("replayWindowSeconds", false, false));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void answersTheUrlCheckWithEchostrUnchanged(Mode mode) {
    InboundRequest check =
        get(
            query(
                "signature",
                CRYPTO.sign(TIMESTAMP, NONCE),
                "echostr",
                "5837397749201637455",
                "timestamp",
                TIMESTAMP,
                "nonce",
                NONCE));

    assertThat(receive(check, mode.credentials))
        .isEqualTo(
            new InboundResult.UrlVerification(
                new InboundResult.Reply("text/plain;charset=UTF-8", "5837397749201637455")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void turnsAFollowFromAParametricQrCodeIntoALeadFromThatScene(Mode mode) {
    InboundResult result =
        receive(mode.post.apply(resource("wechatmp/subscribe-with-scene.xml")), mode.credentials);

    InboundEvent.LeadSubmitted lead = onlyLead(result);
    assertThat(lead.messageId()).isEqualTo(OPENID + "-1764000000-subscribe");
    assertThat(lead.occurredAt()).isEqualTo(CREATED);
    assertThat(lead.lead().identities())
        .containsExactly(new PlatformIdentity(PlatformIdentity.Kind.WECHAT_OPENID, OPENID));
    assertThat(lead.lead().sourceChannel()).isEqualTo("expo-2025-booth-a");
    assertThat(lead.lead().rawData()).containsEntry("EventKey", "qrscene_expo-2025-booth-a");
    assertThat(((InboundResult.Delivery) result).reply())
        .isEqualTo(new InboundResult.Reply("text/plain;charset=UTF-8", "success"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void turnsAPlainFollowIntoALeadWithoutSourceChannel(Mode mode) {
    InboundEvent.LeadSubmitted lead =
        onlyLead(receive(mode.post.apply(resource("wechatmp/subscribe.xml")), mode.credentials));

    assertThat(lead.lead().identities())
        .containsExactly(new PlatformIdentity(PlatformIdentity.Kind.WECHAT_OPENID, OPENID));
    assertThat(lead.lead().sourceChannel()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void turnsAFollowersQrScanIntoALeadFromTheBareScene(Mode mode) {
    InboundEvent.LeadSubmitted lead =
        onlyLead(receive(mode.post.apply(resource("wechatmp/scan.xml")), mode.credentials));

    assertThat(lead.messageId()).isEqualTo(OPENID + "-1764000000-SCAN");
    assertThat(lead.lead().identities())
        .containsExactly(new PlatformIdentity(PlatformIdentity.Kind.WECHAT_OPENID, OPENID));
    assertThat(lead.lead().sourceChannel()).isEqualTo("expo-2025-booth-a");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void turnsATextMessageIntoACustomerMessage(Mode mode) {
    InboundResult result = receive(mode.post.apply(TEXT), mode.credentials);

    assertThat(((InboundResult.Delivery) result).events())
        .containsExactly(
            new InboundEvent.CustomerMessage(
                "24353819583201573",
                CREATED,
                new PlatformIdentity(PlatformIdentity.Kind.WECHAT_OPENID, OPENID),
                ACCOUNT,
                "text",
                "你好，想了解一下春季新品的报价"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"wechatmp/unsubscribe.xml", "wechatmp/image.xml", "wechatmp/location-event.xml"})
  void acknowledgesOtherMessagesWithoutEvents(String sample) {
    for (Mode mode : Mode.values()) {
      assertThat(receive(mode.post.apply(resource(sample)), mode.credentials))
          .isEqualTo(new InboundResult.Delivery(List.of(), InboundResult.Reply.text("success")));
    }
  }

  @Test
  void keepsASafeModeCallbackItCannotDecryptForReplayOnceTheKeyIsSet() {
    InboundRequest callback = safePost(TEXT);

    assertThatCode(() -> receiver.verify(callback, PLAIN)).doesNotThrowAnyException();
    assertThatThrownBy(() -> receiver.decode(callback, PLAIN))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("encodingAesKey");
    assertThat(receiver.decode(callback, SAFE)).isInstanceOf(InboundResult.Delivery.class);
  }

  @Test
  void refusesAPlainModeCallbackWhileTheChannelHasAnEncodingAesKey() {
    InboundRequest downgraded = plainPost(TEXT);

    assertThatThrownBy(() -> receiver.verify(downgraded, SAFE))
        .isInstanceOfSatisfying(
            SignatureRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("signature-missing"))
        .hasMessageContaining("encrypt_type=aes");
  }

  @Test
  void acceptsACallbackWithoutContentType() {
    InboundRequest callback = post(plainQuery(TIMESTAMP, CRYPTO), null, TEXT);

    assertThat(onlyEvent(receive(callback, PLAIN)))
        .isInstanceOf(InboundEvent.CustomerMessage.class);
  }

  static Stream<BadCallback> badPlainModeCallbacks() {
    return Stream.of(
        signatureRejected(
            "URL check with a wrong signature",
            () -> get(urlCheckQuery(TIMESTAMP, IMPOSTOR)),
            "signature-mismatch",
            "signature"),
        signatureRejected(
            "URL check without signature",
            () -> get(without(urlCheckQuery(TIMESTAMP, CRYPTO), "signature")),
            "signature-missing",
            "signature"),
        signatureRejected(
            "URL check with a replayed timestamp",
            () -> get(urlCheckQuery(STALE_TIMESTAMP, CRYPTO)),
            "timestamp-outside-window",
            "within 300 s"),
        undecodable(
            "URL check without echostr",
            () -> get(without(urlCheckQuery(TIMESTAMP, CRYPTO), "echostr")),
            "echostr"),
        signatureRejected(
            "plain POST with a wrong signature",
            () -> post(plainQuery(TIMESTAMP, IMPOSTOR), "text/xml", TEXT),
            "signature-mismatch",
            "signature"),
        signatureRejected(
            "plain POST without nonce",
            () -> post(without(plainQuery(TIMESTAMP, CRYPTO), "nonce"), "text/xml", TEXT),
            "signature-missing",
            "nonce"),
        signatureRejected(
            "plain POST with a replayed timestamp",
            () -> post(plainQuery(STALE_TIMESTAMP, CRYPTO), "text/xml", TEXT),
            "timestamp-outside-window",
            "within 300 s"),
        new BadCallback(
            "plain POST as JSON",
            () -> post(plainQuery(TIMESTAMP, CRYPTO), "application/json", "{\"MsgType\":\"text\"}"),
            UnsupportedContentTypeException.class,
            "unsupported-content-type",
            "application/json"),
        undecodable("plain POST truncated", () -> plainPost(TEXT.substring(0, 120)), "well-formed"),
        undecodable(
            "plain POST of random bytes",
            () -> plainPost("\u0007\u00ff\u0000\u2603garbage"),
            "well-formed"),
        undecodable("plain POST with an external entity", () -> plainPost(XXE), "DOCTYPE"),
        undecodable(
            "plain POST with a huge FromUserName",
            () -> plainPost(TEXT.replace(OPENID, "o".repeat(100_000))),
            "FromUserName of at most 256"),
        undecodable(
            "plain POST larger than any callback",
            () -> plainPost(TEXT.replace("你好", "好".repeat(300_000))),
            "at most 262144 characters"),
        undecodable(
            "plain POST without FromUserName",
            () ->
                plainPost(
                    TEXT.replace("<FromUserName><![CDATA[" + OPENID + "]]></FromUserName>", "")),
            "FromUserName"),
        undecodable(
            "plain POST whose CreateTime is not a number",
            () -> plainPost(TEXT.replace("1764000000", "today")),
            "CreateTime"));
  }

  static Stream<BadCallback> badSafeModeCallbacks() {
    return Stream.of(
        signatureRejected(
            "safe POST whose msg_signature covers another message",
            () ->
                post(
                    safeQuery(TIMESTAMP, CRYPTO.encrypt("<xml/>", APP_ID)),
                    "text/xml",
                    envelope(ACCOUNT, null, CRYPTO.encrypt(TEXT, APP_ID))),
            "signature-mismatch",
            "msg_signature"),
        signatureRejected(
            "safe POST without msg_signature",
            () -> {
              String encrypted = CRYPTO.encrypt(TEXT, APP_ID);
              return post(
                  without(safeQuery(TIMESTAMP, encrypted), "msg_signature"),
                  "text/xml",
                  envelope(ACCOUNT, null, encrypted));
            },
            "signature-missing",
            "msg_signature"),
        signatureRejected(
            "safe POST with a replayed timestamp",
            () -> {
              String encrypted = CRYPTO.encrypt(TEXT, APP_ID);
              return post(
                  safeQuery(STALE_TIMESTAMP, encrypted),
                  "text/xml",
                  envelope(ACCOUNT, null, encrypted));
            },
            "timestamp-outside-window",
            "within 300 s"),
        signatureRejected(
            "safe POST with a truncated envelope",
            () -> {
              String encrypted = CRYPTO.encrypt(TEXT, APP_ID);
              String body = envelope(ACCOUNT, null, encrypted);
              return post(safeQuery(TIMESTAMP, encrypted), "text/xml", body.substring(0, 80));
            },
            "envelope-unreadable",
            "Encrypt"),
        signatureRejected(
            "safe POST of random bytes",
            () -> post(safeQuery(TIMESTAMP, "x"), "text/xml", "\u0000\u0001\u00fe\u00ff"),
            "envelope-unreadable",
            "well-formed"),
        signatureRejected(
            "safe POST with an external entity in the envelope",
            () -> post(safeQuery(TIMESTAMP, "x"), "text/xml", XXE),
            "envelope-unreadable",
            "DOCTYPE"),
        signatureRejected(
            "safe POST larger than any callback",
            () -> encryptedPost("A".repeat(300_000)),
            "envelope-unreadable",
            "at most 262144 characters"),
        undecodable(
            "safe POST with an external entity in the message", () -> safePost(XXE), "DOCTYPE"),
        undecodable(
            "safe POST with a truncated message",
            () -> safePost(TEXT.substring(0, 120)),
            "well-formed"),
        undecodable(
            "safe POST for another official account",
            () -> encryptedPost(CRYPTO.encrypt(TEXT, "wx0000000000000000")),
            "receiveid " + APP_ID),
        undecodable(
            "safe POST whose Encrypt is not Base64", () -> encryptedPost("not*base64!"), "Base64"),
        undecodable(
            "safe POST with zero bytes for padding",
            () -> encryptedPost(CRYPTO.encryptWithZeroPadding(TEXT, APP_ID)),
            "padding"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badPlainModeCallbacks")
  void refusesBadPlainModeCallbacksWithoutRevealingSecrets(BadCallback callback) {
    callback.assertRefusedBy(receiver, PLAIN, TOKEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSafeModeCallbacks")
  void refusesBadSafeModeCallbacksWithoutRevealingSecrets(BadCallback callback) {
    callback.assertRefusedBy(receiver, SAFE, TOKEN, AES_KEY);
  }

  private InboundResult receive(InboundRequest request, ChannelCredentials credentials) {
    receiver.verify(request, credentials);
    return receiver.decode(request, credentials);
  }

  private static InboundEvent onlyEvent(InboundResult result) {
    assertThat(result).isInstanceOf(InboundResult.Delivery.class);
    List<InboundEvent> events = ((InboundResult.Delivery) result).events();
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  private static InboundEvent.LeadSubmitted onlyLead(InboundResult result) {
    InboundEvent event = onlyEvent(result);
    assertThat(event).isInstanceOf(InboundEvent.LeadSubmitted.class);
    return (InboundEvent.LeadSubmitted) event;
  }

  private static InboundRequest plainPost(String xml) {
    return post(plainQuery(TIMESTAMP, CRYPTO), "text/xml;charset=utf-8", xml);
  }

  private static InboundRequest safePost(String xml) {
    return encryptedPost(CRYPTO.encrypt(xml, APP_ID));
  }

  private static InboundRequest encryptedPost(String encrypted) {
    return post(safeQuery(TIMESTAMP, encrypted), "text/xml", envelope(ACCOUNT, null, encrypted));
  }

  private static Map<String, String> urlCheckQuery(String timestamp, WeixinTestCrypto signer) {
    return query(
        "signature",
        signer.sign(timestamp, NONCE),
        "echostr",
        "5837397749201637455",
        "timestamp",
        timestamp,
        "nonce",
        NONCE);
  }

  private static Map<String, String> plainQuery(String timestamp, WeixinTestCrypto signer) {
    return query(
        "signature", signer.sign(timestamp, NONCE),
        "timestamp", timestamp,
        "nonce", NONCE,
        "openid", OPENID);
  }

  /** WeChat keeps the plain-mode signature in safe mode and adds msg_signature over Encrypt. */
  private static Map<String, String> safeQuery(String timestamp, String encrypted) {
    Map<String, String> query = plainQuery(timestamp, CRYPTO);
    query.put("encrypt_type", "aes");
    query.put("msg_signature", CRYPTO.sign(timestamp, NONCE, encrypted));
    return query;
  }

  private static Map<String, String> without(Map<String, String> query, String name) {
    query.remove(name);
    return query;
  }

  private static BadCallback signatureRejected(
      String name, Supplier<InboundRequest> request, String code, String reason) {
    return new BadCallback(name, request, SignatureRejectedException.class, code, reason);
  }

  private static BadCallback undecodable(
      String name, Supplier<InboundRequest> request, String reason) {
    return new BadCallback(
        name, request, UndecodablePayloadException.class, "undecodable-payload", reason);
  }
}
