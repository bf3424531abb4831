package com.huoke.channel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.PlatformIdentity;
import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.SourceNotAllowedException;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * TEST FIXTURE, not a real platform: a small HMAC-signed JSON protocol ("testplatform") that
 * exercises every branch of the channel API the way the real receivers do. Protocol:
 *
 * <ul>
 *   <li>URL check: {@code GET ?challenge=C&signature=hex(HmacSHA256(secret, C))}, reply C as text
 *   <li>Delivery: {@code POST} of {@code application/json}, header {@code X-Test-Signature:
 *       hex(HmacSHA256(secret, raw body))}, body {@code {"events":[…]}} with items {@code
 *       {"type":"lead","id","name","<phoneField>","email","utm_campaign"}} or {@code
 *       {"type":"message","id","from","to","text"}}; reply {@code {"code":0}}; any other type makes
 *       it fail as a buggy receiver would
 *   <li>Settings: {@code secret} (required secret), {@code phoneField} (where leads carry the
 *       phone, default {@code phone}; a lead without it is undecodable), {@code allowedIp}
 * </ul>
 *
 * <p>{@link TestPlatformRequests} builds requests of this protocol.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestPlatformChannel implements InboundChannel {

  static final String PLATFORM = "testplatform";
  static final String SIGNATURE_HEADER = "X-Test-Signature";
  static final String REPLY = "{\"code\":0}";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public List<CredentialSpec> credentials() {
    return List.of(
        CredentialSpec.requiredSecret("secret", "HMAC key of the X-Test-Signature header"),
        CredentialSpec.optionalSetting("phoneField", "body field holding the phone; default phone"),
        CredentialSpec.optionalSetting("allowedIp", "the only caller address accepted"));
  }

  @Override
  public void verify(InboundRequest request, ChannelCredentials credentials) {
    String allowedIp = credentials.optional("allowedIp");
    if (allowedIp != null && !allowedIp.equals(request.remoteAddress())) {
      throw new SourceNotAllowedException(
          "Expected a call from " + allowedIp + ", but it came from " + request.remoteAddress());
    }
    String secret = credentials.require("secret");
    if (request.isGet()) {
      check(
          TestPlatformRequests.sign(secret, request.query("challenge")),
          request.query("signature"));
      return;
    }
    if (!"application/json".equals(request.mediaType())) {
      throw new UnsupportedContentTypeException("application/json", request.mediaType());
    }
    check(TestPlatformRequests.sign(secret, request.body()), request.header(SIGNATURE_HEADER));
  }

  @Override
  public InboundResult decode(InboundRequest request, ChannelCredentials credentials) {
    if (request.isGet()) {
      return new InboundResult.UrlVerification(
          InboundResult.Reply.text(request.query("challenge")));
    }
    JsonNode body;
    try {
      body = JSON.readTree(request.body());
    } catch (java.io.IOException e) {
      throw new UndecodablePayloadException("Expected a JSON body, but: " + e.getMessage(), e);
    }
    if (body == null || !body.path("events").isArray()) {
      throw new UndecodablePayloadException("Expected an 'events' array, but there is none");
    }
    String phoneField =
        credentials.optional("phoneField") == null ? "phone" : credentials.optional("phoneField");
    List<InboundEvent> events = new ArrayList<>();
    for (JsonNode item : body.path("events")) {
      events.add(event(item, phoneField));
    }
    return new InboundResult.Delivery(events, InboundResult.Reply.json(REPLY));
  }

  private static InboundEvent event(JsonNode item, String phoneField) {
    String id = text(item, "id");
    if ("message".equals(text(item, "type"))) {
      return new InboundEvent.CustomerMessage(
          id,
          Instant.parse("2026-03-01T08:00:00Z"),
          new PlatformIdentity(PlatformIdentity.Kind.WECHAT_OPENID, text(item, "from")),
          text(item, "to"),
          "text",
          text(item, "text"));
    }
    if (!"lead".equals(text(item, "type"))) {
      // stands for a receiver bug: an exception the InboundChannel contract does not declare
      throw new IllegalStateException("no handler for event type " + text(item, "type"));
    }
    if (!item.has(phoneField)) {
      throw new UndecodablePayloadException(
          "Expected lead '%s' to carry '%s', but it has %s"
              .formatted(id, phoneField, iterable(item.fieldNames())));
    }
    return new InboundEvent.LeadSubmitted(
        id,
        Instant.parse("2026-03-01T08:00:00Z"),
        InboundLead.builder()
            .contactName(text(item, "name"))
            .contactPhone(text(item, phoneField))
            .contactEmail(text(item, "email"))
            .sourceChannel(text(item, "channel"))
            .utm(null, null, text(item, "utm_campaign"), null)
            .identity(PlatformIdentity.Kind.DOUYIN_OPENID, text(item, "openid"))
            .formFields(Map.of("留言", item.path("comment").asText("")))
            .rawData(JSON.convertValue(item, Map.class))
            .build());
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    List<String> list = new ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  private static String text(JsonNode item, String field) {
    JsonNode value = item.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static void check(String expected, String actual) {
    if (actual == null) {
      throw new SignatureRejectedException(
          "signature-missing", "Expected a signature, but there is none");
    }
    if (!MessageDigest.isEqual(expected.getBytes(), actual.getBytes())) {
      throw new SignatureRejectedException(
          "signature-mismatch", "Expected the signature of the body, but got another one");
    }
  }
}
