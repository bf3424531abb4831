package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/** What an endpoint answers. */
record FakeResponse(int status, String contentType, byte[] body) {

  static FakeResponse json(JsonNode node) {
    return new FakeResponse(200, "application/json", bytes(node));
  }

  static FakeResponse noContent() {
    return new FakeResponse(204, null, new byte[0]);
  }

  static FakeResponse text(String contentType, String text) {
    return new FakeResponse(200, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  /** RFC 7807, with the fields and content type the real gateway sends. */
  static FakeResponse problem(int status, String title, String detail, String instance) {
    ObjectNode node = FakeRows.JSON.createObjectNode();
    node.put("type", "about:blank");
    node.put("title", title);
    node.put("status", status);
    node.put("detail", detail);
    node.put("instance", instance);
    return new FakeResponse(status, "application/problem+json", bytes(node));
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return FakeRows.JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
