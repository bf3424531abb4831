package com.huoke.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a web-form submission, from a form-encoded or a JSON body, as name → text. JSON
 * numbers and booleans become their text; a list of values becomes one comma-separated value.
 */
final class WebFormFields {

  static final int MAX_FIELDS = 100;

  private WebFormFields() {}

  static Map<String, String> of(InboundRequest request, ObjectMapper json) {
    Map<String, String> fields =
        WebFormChannel.JSON.equals(request.mediaType())
            ? fromJson(request.bodyText(), json)
            : fromForm(request.bodyText());
    if (fields.size() > MAX_FIELDS) {
      throw new UndecodablePayloadException(
          "Expected at most %d form fields, but got %d".formatted(MAX_FIELDS, fields.size()));
    }
    return fields;
  }

  private static Map<String, String> fromForm(String body) {
    try {
      return QueryStrings.parse(body);
    } catch (IllegalArgumentException e) {
      throw new UndecodablePayloadException(
          "Expected a form-encoded body, but it has a malformed %-escape: " + e.getMessage(), e);
    }
  }

  private static Map<String, String> fromJson(String body, ObjectMapper json) {
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (JsonProcessingException e) {
      throw new UndecodablePayloadException(
          "Expected a JSON object of form fields, but the body is malformed: "
              + e.getOriginalMessage(),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new UndecodablePayloadException(
          "Expected a JSON object of form fields, but got "
              + (root == null ? "nothing" : root.getNodeType()));
    }
    Map<String, String> fields = new LinkedHashMap<>();
    root.fields()
        .forEachRemaining(
            field -> {
              String text = textOf(field.getKey(), field.getValue());
              if (text != null) {
                fields.put(field.getKey(), text);
              }
            });
    return fields;
  }

  private static String textOf(String name, JsonNode value) {
    if (value.isNull()) {
      return null;
    }
    if (value.isValueNode()) {
      return value.asText();
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode item : value) {
        if (!item.isValueNode()) {
          throw new UndecodablePayloadException(
              "Expected field '%s' to be a list of texts, but it holds %s"
                  .formatted(name, item.getNodeType()));
        }
        parts.add(item.asText());
      }
      return String.join(", ", parts);
    }
    throw new UndecodablePayloadException(
        "Expected field '%s' to be a text, but it is an %s".formatted(name, value.getNodeType()));
  }
}
