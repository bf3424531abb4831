package com.huoke.connectors.weixin;

import com.huoke.connectors.inbound.support.Texts;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The top-level fields of a WeChat or WeCom XML document by element name, with look-ups that name
 * the field when it is missing or malformed.
 */
public record WeixinFields(Map<String, String> values) {

  /**
   * Ids, event names and scenes are short (an openid has 28 characters, a QR scene at most 64); a
   * longer value is not something the platforms send and is refused rather than stored.
   */
  public static final int MAX_VALUE_LENGTH = 256;

  public WeixinFields {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A short value that must be present, without surrounding whitespace. */
  public String require(String name) {
    String value = optional(name);
    if (value == null) {
      throw new WeixinPayloadException("Expected field " + name + ", but it is missing or empty");
    }
    return value;
  }

  /** A short value, without surrounding whitespace, or {@code null} when absent or blank. */
  public String optional(String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > MAX_VALUE_LENGTH) {
      throw new WeixinPayloadException(
          "Expected field "
              + name
              + " of at most "
              + MAX_VALUE_LENGTH
              + " characters, but it has "
              + stripped.length());
    }
    return stripped;
  }

  /**
   * A free-text or encoded value that must be present, exactly as sent (a message's text, the
   * ciphertext a signature covers); only the document size limits it.
   */
  public String requireText(String name) {
    String value = values.get(name);
    if (value == null || value.isEmpty()) {
      throw new WeixinPayloadException("Expected field " + name + ", but it is missing or empty");
    }
    return value;
  }

  /** {@code CreateTime}, which both platforms send as epoch seconds. */
  public Instant createTime() {
    String value = require("CreateTime");
    try {
      return Instant.ofEpochSecond(Long.parseLong(value));
    } catch (NumberFormatException e) {
      throw new WeixinPayloadException(
          "Expected field CreateTime as epoch seconds, but it is '"
              + Texts.abbreviate(value)
              + "'");
    }
  }

  /** The fields as the platform sent them, for a lead's audit trail. */
  public Map<String, Object> asRawData() {
    return new LinkedHashMap<>(values);
  }
}
