package com.huoke.connectors.inbound.support;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads webhook bodies as JSON with limits that keep a hostile or broken body from costing more
 * than a rejection: bounded size, nesting, number and string length, and no duplicate keys (two
 * readers could otherwise disagree on which value counts).
 */
public final class JsonBodies {

  /** Largest body read, in bytes; platform pushes are a few kilobytes. */
  public static final long MAX_DOCUMENT_BYTES = 1024 * 1024;

  /** Longest single string value, in characters. */
  public static final int MAX_STRING_CHARS = 256 * 1024;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxDocumentLength(MAX_DOCUMENT_BYTES)
                          .maxStringLength(MAX_STRING_CHARS)
                          .maxNameLength(1024)
                          .maxNestingDepth(32)
                          .maxNumberLength(64)
                          .maxTokenCount(100_000)
                          .build())
                  // keeps personal data from the body out of error messages
                  .errorReportConfiguration(
                      ErrorReportConfiguration.builder()
                          .maxErrorTokenLength(32)
                          .maxRawContentLength(0)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private JsonBodies() {}

  /**
   * Parses a JSON object.
   *
   * @param what names the input in the error message, e.g. {@code "the body"}
   * @throws UndecodablePayloadException it is empty, not JSON, not an object or over a limit
   */
  public static ObjectNode readObject(byte[] json, String what) {
    if (json == null || json.length == 0) {
      throw new UndecodablePayloadException(
          "Expected " + what + " to be a JSON object, but it is empty");
    }
    if (json.length > MAX_DOCUMENT_BYTES) {
      throw tooLarge(what, json.length);
    }
    try {
      return asObject(MAPPER.readTree(json), what);
    } catch (JacksonException e) {
      throw notJson(what, e);
    } catch (IOException e) {
      // an in-memory array has no I/O to fail; kept for the checked signature
      throw new UndecodablePayloadException("Expected to read " + what + ", but it failed", e);
    }
  }

  /** Parses a JSON object held in a string, e.g. a field whose value is serialised JSON. */
  public static ObjectNode readObject(String json, String what) {
    return readObject(json == null ? null : json.getBytes(StandardCharsets.UTF_8), what);
  }

  /**
   * A field that platforms send either as a nested object or as a string of serialised JSON (e.g.
   * Douyin's {@code content}, Ocean Engine's {@code data}); {@code null} when absent or empty.
   */
  public static ObjectNode objectOrJsonString(JsonNode parent, String field) {
    JsonNode node = parent.get(field);
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return null;
    }
    if (node.isObject()) {
      return (ObjectNode) node;
    }
    if (node.isTextual()) {
      return readObject(node.asText(), "field '" + field + "'");
    }
    throw new UndecodablePayloadException(
        "Expected field '"
            + field
            + "' to be a JSON object or a JSON string, but it is "
            + typeOf(node));
  }

  /**
   * The JSON type of a node in words for error messages, e.g. {@code "array"}; "absent" for null.
   */
  public static String typeOf(JsonNode node) {
    return node == null || node.isMissingNode()
        ? "absent"
        : node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /**
   * A scalar field as trimmed text (numbers and booleans as written), or {@code null} when absent,
   * blank or not a scalar.
   */
  public static String text(JsonNode parent, String field) {
    if (parent == null) {
      return null;
    }
    JsonNode node = parent.get(field);
    if (node == null || !node.isValueNode() || node.isNull()) {
      return null;
    }
    String value = node.asText().trim();
    return value.isEmpty() ? null : value;
  }

  /** A field holding a whole number (or a string of digits), or {@code null}. */
  public static Long wholeNumber(JsonNode parent, String field) {
    JsonNode node = parent == null ? null : parent.get(field);
    if (node == null) {
      return null;
    }
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      return node.asLong();
    }
    if (node.isTextual() && node.asText().trim().matches("-?\\d{1,18}")) {
      return Long.parseLong(node.asText().trim());
    }
    return null;
  }

  /** The JSON as nested maps, lists and scalars, for {@code rawData}. */
  public static Map<String, Object> toMap(ObjectNode node) {
    return MAPPER.convertValue(node, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  /** A new, empty object to build a reply with. */
  public static ObjectNode newObject() {
    return MAPPER.createObjectNode();
  }

  /** Serialises a reply. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JacksonException e) {
      throw new IllegalStateException("Expected a JSON tree to serialise, but it did not", e);
    }
  }

  private static ObjectNode asObject(JsonNode node, String what) {
    if (node == null || node.isMissingNode()) {
      throw new UndecodablePayloadException(
          "Expected " + what + " to be a JSON object, but it is empty");
    }
    if (!node.isObject()) {
      throw new UndecodablePayloadException(
          "Expected " + what + " to be a JSON object, but it is " + typeOf(node));
    }
    return (ObjectNode) node;
  }

  private static UndecodablePayloadException tooLarge(String what, long length) {
    return new UndecodablePayloadException(
        "Expected "
            + what
            + " to be at most "
            + MAX_DOCUMENT_BYTES
            + " bytes, but it is "
            + length);
  }

  private static UndecodablePayloadException notJson(String what, JacksonException e) {
    String reason = e.getOriginalMessage();
    if (reason != null && reason.length() > 300) {
      reason = reason.substring(0, 300) + "…";
    }
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr()
                + ")";
    return new UndecodablePayloadException(
        "Expected " + what + " to be a JSON object, but it is not valid JSON: " + reason + where,
        e);
  }
}
