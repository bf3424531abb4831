package com.huoke.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the form id out of a form-js schema: user tasks reference a form by the schema's top-level
 * {@code id}, not by its file name, in both engines.
 */
public final class FormSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormSchemas() {}

  /** The schema's {@code id}; empty when the content is no JSON object or has no id. */
  public static Optional<String> formId(byte[] schema) {
    try {
      JsonNode root = JSON.readTree(schema);
      if (root == null || !root.isObject() || !root.path("id").isTextual()) {
        return Optional.empty();
      }
      String id = root.get("id").asText();
      return id.isBlank() ? Optional.empty() : Optional.of(id);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Why the schema cannot be deployed as a form, or empty when it can. */
  public static Optional<String> problem(byte[] schema) {
    try {
      JsonNode root = JSON.readTree(schema);
      if (root == null || !root.isObject()) {
        return Optional.of("Expected a form-js schema (a JSON object), but it is not one");
      }
    } catch (IOException e) {
      return Optional.of("Expected a form-js schema, but the JSON is malformed: " + e.getMessage());
    }
    return formId(schema).isPresent()
        ? Optional.empty()
        : Optional.of("Expected the form-js schema to have an 'id', but it has none");
  }
}
