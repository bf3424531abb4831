package com.huoke.connectors.wecom;

import static com.huoke.connectors.weixin.WeixinTestCrypto.envelope;
import static com.huoke.connectors.weixin.WeixinTestCrypto.get;
import static com.huoke.connectors.weixin.WeixinTestCrypto.post;
import static com.huoke.connectors.weixin.WeixinTestCrypto.query;
import static com.huoke.connectors.weixin.WeixinTestCrypto.resource;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WecomCallbackReceiverTest {

  private static final String TOKEN = "QDG6eK8rTq2hWm5yZ";
  private static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
  private static final String CORP_ID = "ww4d2b1f0c6e5a3978";
  private static final String AGENT_ID = "1000002";
  private static final String EXTERNAL_USER_ID = "wmAJ2GCAAAXtWyujaWJHDDGi0mACAAAA";
  private static final Instant CREATED = Instant.ofEpochSecond(1_764_000_000L);
  private static final long NOW = 1_764_000_001L;
  private static final String TIMESTAMP = Long.toString(NOW);
  private static final String STALE_TIMESTAMP = Long.toString(NOW - 301);
  private static final String NONCE = "yj6k1b2c";
  private static final String ECHO = "1616140317555161061";
  private static final String ADDED = resource("wecom/add-external-contact.xml");
  private static final String XXE =
      "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
          + "<xml><Encrypt>&xxe;</Encrypt></xml>";

  private static final WeixinTestCrypto CRYPTO = new WeixinTestCrypto(TOKEN, AES_KEY);
  private static final WeixinTestCrypto IMPOSTOR = new WeixinTestCrypto("guessed", AES_KEY);
  private static final ChannelCredentials CREDENTIALS =
      new ChannelCredentials(Map.of("token", TOKEN, "corpId", CORP_ID, "encodingAesKey", AES_KEY));

  private final WecomCallbackReceiver receiver = receiverAt(NOW);

  @Test
  void declaresItsPlatformAndCredentials() {
    assertThat(receiver.platform()).isEqualTo("wecom");
    assertThat(receiver.credentials())
        .extracting(CredentialSpec::name, CredentialSpec::required, CredentialSpec::secret)
        .containsExactly(
            tuple("token", true, true),
            tuple("corpId", true, false),
            tuple("encodingAesKey", true, true),
            tuple("replayWindowSeconds", false, false));
  }

  @Test
  void answersTheChannelsTestVectorUrlCheckWithItsBarePlaintext() {
    ChannelCredentials vectorChannel =
        new ChannelCredentials(
            Map.of(
                "token", WeixinTestCrypto.VECTOR_TOKEN,
                "corpId", WeixinTestCrypto.VECTOR_RECEIVE_ID,
                "encodingAesKey", WeixinTestCrypto.VECTOR_KEY));
    InboundRequest check =
        get(
            query(
                "msg_signature", WeixinTestCrypto.VECTOR_SIGNATURE,
                "timestamp", WeixinTestCrypto.VECTOR_TIMESTAMP,
                "nonce", WeixinTestCrypto.VECTOR_NONCE,
                "echostr", WeixinTestCrypto.VECTOR_CIPHERTEXT));
    WecomCallbackReceiver atVectorTime =
        receiverAt(Long.parseLong(WeixinTestCrypto.VECTOR_TIMESTAMP));

    atVectorTime.verify(check, vectorChannel);

    assertThat(atVectorTime.decode(check, vectorChannel))
        .isEqualTo(
            new InboundResult.UrlVerification(
                new InboundResult.Reply(
                    "text/plain;charset=UTF-8", WeixinTestCrypto.VECTOR_MESSAGE)));
  }

  @Test
  void answersAUrlCheckWithTheDecryptedEchoOnly() {
    assertThat(receive(get(urlCheckQuery(TIMESTAMP, CRYPTO.encrypt(ECHO, CORP_ID)))))
        .isEqualTo(new InboundResult.UrlVerification(InboundResult.Reply.text(ECHO)));
  }

  @Test
  void turnsACustomerAddedByStaffIntoALeadOwnedByThatStaffMember() {
    InboundResult result = receive(encryptedPost(ADDED));

    assertThat(result).isInstanceOf(InboundResult.Delivery.class);
    InboundResult.Delivery delivery = (InboundResult.Delivery) result;
    assertThat(delivery.reply()).isEqualTo(InboundResult.Reply.text("success"));
    assertThat(delivery.events()).hasSize(1).first().isInstanceOf(InboundEvent.LeadSubmitted.class);
    InboundEvent.LeadSubmitted lead = (InboundEvent.LeadSubmitted) delivery.events().get(0);
    assertThat(lead.messageId()).isEqualTo(EXTERNAL_USER_ID + "-add_external_contact-1764000000");
    assertThat(lead.occurredAt()).isEqualTo(CREATED);
    assertThat(lead.lead().identities())
        .containsExactly(
            new PlatformIdentity(PlatformIdentity.Kind.WECOM_EXTERNAL_USERID, EXTERNAL_USER_ID));
    assertThat(lead.lead().ownerUserId()).isEqualTo("zhangsan");
    assertThat(lead.lead().sourceChannel()).isEqualTo("douyin-live-spring");
    assertThat(lead.lead().rawData()).containsEntry("ChangeType", "add_external_contact");
  }

  @Test
  void turnsAHalfAddedCustomerWithoutStateIntoALeadWithoutSourceChannel() {
    InboundResult.Delivery delivery =
        (InboundResult.Delivery)
            receive(encryptedPost(resource("wecom/add-half-external-contact.xml")));

    InboundEvent.LeadSubmitted lead = (InboundEvent.LeadSubmitted) delivery.events().get(0);
    assertThat(lead.messageId())
        .isEqualTo("wmAJ2GCAAAXtWyujaWJHDDGi0mACBBBB-add_half_external_contact-1764000000");
    assertThat(lead.lead().ownerUserId()).isEqualTo("lisi");
    assertThat(lead.lead().sourceChannel()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"wecom/del-external-contact.xml", "wecom/text-from-staff.xml"})
  void acknowledgesOtherCallbacksWithoutEvents(String sample) {
    assertThat(receive(encryptedPost(resource(sample))))
        .isEqualTo(new InboundResult.Delivery(List.of(), InboundResult.Reply.text("success")));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"text/xml", "application/xml; charset=UTF-8"})
  void acceptsXmlOrNoContentType(String contentType) {
    String encrypted = CRYPTO.encrypt(ADDED, CORP_ID);
    InboundRequest callback =
        post(postQuery(TIMESTAMP, encrypted), contentType, envelope(CORP_ID, AGENT_ID, encrypted));

    assertThat(((InboundResult.Delivery) receive(callback)).events()).hasSize(1);
  }

  static Stream<BadCallback> badCallbacks() {
    return Stream.of(
        signatureRejected(
            "URL check with a wrong signature",
            () -> {
              String echo = CRYPTO.encrypt(ECHO, CORP_ID);
              Map<String, String> query = urlCheckQuery(TIMESTAMP, echo);
              query.put("msg_signature", IMPOSTOR.sign(TIMESTAMP, NONCE, echo));
              return get(query);
            },
            "signature-mismatch",
            "msg_signature"),
        signatureRejected(
            "URL check without echostr",
            () -> get(without(urlCheckQuery(TIMESTAMP, CRYPTO.encrypt(ECHO, CORP_ID)), "echostr")),
            "signature-missing",
            "echostr"),
        signatureRejected(
            "URL check with a replayed timestamp",
            () -> get(urlCheckQuery(STALE_TIMESTAMP, CRYPTO.encrypt(ECHO, CORP_ID))),
            "timestamp-outside-window",
            "within 300 s"),
        undecodable(
            "URL check for another corp",
            () -> get(urlCheckQuery(TIMESTAMP, CRYPTO.encrypt(ECHO, "ww0000000000000000"))),
            "receiveid " + CORP_ID),
        undecodable(
            "URL check whose echostr is not Base64",
            () -> get(urlCheckQuery(TIMESTAMP, "not base64 at all")),
            "Base64"),
        signatureRejected(
            "POST with a wrong signature",
            () -> {
              String encrypted = CRYPTO.encrypt(ADDED, CORP_ID);
              Map<String, String> query = postQuery(TIMESTAMP, encrypted);
              query.put("msg_signature", IMPOSTOR.sign(TIMESTAMP, NONCE, encrypted));
              return post(query, "text/xml", envelope(CORP_ID, AGENT_ID, encrypted));
            },
            "signature-mismatch",
            "msg_signature"),
        signatureRejected(
            "POST whose signature covers another message",
            () ->
                post(
                    postQuery(TIMESTAMP, CRYPTO.encrypt("<xml/>", CORP_ID)),
                    "text/xml",
                    envelope(CORP_ID, AGENT_ID, CRYPTO.encrypt(ADDED, CORP_ID))),
            "signature-mismatch",
            "msg_signature"),
        signatureRejected(
            "POST without msg_signature",
            () -> {
              String encrypted = CRYPTO.encrypt(ADDED, CORP_ID);
              return post(
                  without(postQuery(TIMESTAMP, encrypted), "msg_signature"),
                  "text/xml",
                  envelope(CORP_ID, AGENT_ID, encrypted));
            },
            "signature-missing",
            "msg_signature"),
        signatureRejected(
            "POST without timestamp",
            () -> {
              String encrypted = CRYPTO.encrypt(ADDED, CORP_ID);
              return post(
                  without(postQuery(TIMESTAMP, encrypted), "timestamp"),
                  "text/xml",
                  envelope(CORP_ID, AGENT_ID, encrypted));
            },
            "signature-missing",
            "timestamp"),
        signatureRejected(
            "POST with a replayed timestamp",
            () -> {
              String encrypted = CRYPTO.encrypt(ADDED, CORP_ID);
              return post(
                  postQuery(STALE_TIMESTAMP, encrypted),
                  "text/xml",
                  envelope(CORP_ID, AGENT_ID, encrypted));
            },
            "timestamp-outside-window",
            "within 300 s"),
        new BadCallback(
            "POST as a form",
            () -> {
              String encrypted = CRYPTO.encrypt(ADDED, CORP_ID);
              return post(
                  postQuery(TIMESTAMP, encrypted),
                  "application/x-www-form-urlencoded",
                  envelope(CORP_ID, AGENT_ID, encrypted));
            },
            UnsupportedContentTypeException.class,
            "unsupported-content-type",
            "application/x-www-form-urlencoded"),
        signatureRejected(
            "POST with a truncated envelope",
            () -> {
              String encrypted = CRYPTO.encrypt(ADDED, CORP_ID);
              String body = envelope(CORP_ID, AGENT_ID, encrypted);
              return post(postQuery(TIMESTAMP, encrypted), "text/xml", body.substring(0, 100));
            },
            "envelope-unreadable",
            "Encrypt"),
        signatureRejected(
            "POST of random bytes",
            () -> post(postQuery(TIMESTAMP, "x"), "text/xml", "\u0013\u00ff\u0000\u2603\u0001"),
            "envelope-unreadable",
            "well-formed"),
        signatureRejected(
            "POST without Encrypt",
            () -> post(postQuery(TIMESTAMP, "x"), "text/xml", "<xml><AgentID>1</AgentID></xml>"),
            "envelope-unreadable",
            "Encrypt"),
        signatureRejected(
            "POST with an external entity in the envelope",
            () -> post(postQuery(TIMESTAMP, "x"), "text/xml", XXE),
            "envelope-unreadable",
            "DOCTYPE"),
        signatureRejected(
            "POST larger than any callback",
            () -> signedEnvelope("A".repeat(300_000)),
            "envelope-unreadable",
            "at most 262144 characters"),
        undecodable(
            "POST with an external entity in the message",
            () ->
                encryptedPost(
                    "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM"
                        + " \"file:///etc/passwd\">]><xml><UserID>&xxe;</UserID></xml>"),
            "DOCTYPE"),
        undecodable(
            "POST with a truncated message",
            () -> encryptedPost(ADDED.substring(0, 200)),
            "well-formed"),
        undecodable(
            "POST for another corp",
            () -> signedEnvelope(CRYPTO.encrypt(ADDED, "ww0000000000000000")),
            "receiveid " + CORP_ID),
        undecodable("POST whose Encrypt is not Base64", () -> signedEnvelope("%%%%"), "Base64"),
        undecodable(
            "POST with zero bytes for padding",
            () -> signedEnvelope(CRYPTO.encryptWithZeroPadding(ADDED, CORP_ID)),
            "padding"),
        undecodable(
            "POST without ExternalUserID",
            () ->
                encryptedPost(
                    ADDED.replace(
                        "<ExternalUserID><![CDATA[" + EXTERNAL_USER_ID + "]]></ExternalUserID>",
                        "")),
            "ExternalUserID"),
        undecodable(
            "POST with a huge ExternalUserID",
            () -> encryptedPost(ADDED.replace(EXTERNAL_USER_ID, "w".repeat(50_000))),
            "ExternalUserID of at most 256"),
        undecodable(
            "POST whose CreateTime is not a number",
            () -> encryptedPost(ADDED.replace("1764000000", "soon")),
            "CreateTime"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCallbacks")
  void refusesBadCallbacksWithoutRevealingSecrets(BadCallback callback) {
    callback.assertRefusedBy(receiver, CREDENTIALS, TOKEN, AES_KEY);
  }

  private static WecomCallbackReceiver receiverAt(long epochSecond) {
    return new WecomCallbackReceiver(
        Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
  }

  private InboundResult receive(InboundRequest request) {
    receiver.verify(request, CREDENTIALS);
    return receiver.decode(request, CREDENTIALS);
  }

  /** A callback as WeCom sends it: the message encrypted for the corp, signed over Encrypt. */
  private static InboundRequest encryptedPost(String xml) {
    return signedEnvelope(CRYPTO.encrypt(xml, CORP_ID));
  }

  private static InboundRequest signedEnvelope(String encrypted) {
    return post(
        postQuery(TIMESTAMP, encrypted), "text/xml", envelope(CORP_ID, AGENT_ID, encrypted));
  }

  private static Map<String, String> urlCheckQuery(String timestamp, String echo) {
    return query(
        "msg_signature", CRYPTO.sign(timestamp, NONCE, echo),
        "timestamp", timestamp,
        "nonce", NONCE,
        "echostr", echo);
  }

  private static Map<String, String> postQuery(String timestamp, String encrypted) {
    return query(
        "msg_signature", CRYPTO.sign(timestamp, NONCE, encrypted),
        "timestamp", timestamp,
        "nonce", NONCE);
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
