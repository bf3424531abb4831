package com.huoke.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds and signs requests of the {@link TestPlatformChannel} protocol, as the platform would. */
final class TestPlatformRequests {

  static final String SECRET = "test-platform-secret-0123456789";

  private static final ObjectMapper JSON = new ObjectMapper();

  private TestPlatformRequests() {}

  /** Settings of a working testplatform channel. */
  static Map<String, String> settings() {
    return Map.of("secret", SECRET);
  }

  /** A lead event with a fresh id, a valid phone and a campaign. */
  static Map<String, Object> lead(String name, String phone) {
    Map<String, Object> lead = new LinkedHashMap<>();
    lead.put("type", "lead");
    lead.put("id", "lead-" + UUID.randomUUID());
    lead.put("name", name);
    lead.put("phone", phone);
    lead.put("utm_campaign", "spring-launch");
    lead.put("openid", "douyin-open-" + name.hashCode());
    lead.put("comment", "怎么收费？");
    return lead;
  }

  /** A customer message event with a fresh id. */
  static Map<String, Object> message(String from, String text) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("type", "message");
    message.put("id", "msg-" + UUID.randomUUID());
    message.put("from", from);
    message.put("to", "gh_huoke");
    message.put("text", text);
    return message;
  }

  /** The JSON body of a delivery of these events. */
  @SafeVarargs
  static byte[] delivery(Map<String, Object>... events) {
    try {
      return JSON.writeValueAsBytes(Map.of("events", List.of(events)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code X-Test-Signature} of a body with the fixture's secret. */
  static String sign(byte[] body) {
    return sign(SECRET, body);
  }

  static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sign(String secret, String text) {
    return sign(secret, text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8));
  }
}
