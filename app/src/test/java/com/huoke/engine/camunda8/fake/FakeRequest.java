package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An incoming request with its path parameters, checked against the endpoint's body shape. */
final class FakeRequest {

  private final RecordedRequest recorded;
  private final Map<String, String> pathParameters;

  FakeRequest(RecordedRequest recorded, Map<String, String> pathParameters) {
    this.recorded = recorded;
    this.pathParameters = pathParameters;
  }

  String path() {
    return recorded.path();
  }

  /** A key from the path, e.g. {@code {userTaskKey}}. */
  long key(String name) {
    String value = pathParameters.get(name);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw FakeProblem.invalidArgument(
          "The provided %s '%s' is not a valid key. Expected a numeric value."
              .formatted(name, value));
    }
  }

  String queryParameter(String name) {
    if (recorded.query() == null) {
      return null;
    }
    for (String pair : recorded.query().split("&")) {
      String[] kv = pair.split("=", 2);
      if (kv[0].equals(name)) {
        return kv.length > 1 ? kv[1] : "";
      }
    }
    return null;
  }

  /** The JSON body after checking it against {@code shape}; an absent body is {@code {}}. */
  JsonNode body(JsonShape shape) {
    if (recorded.body().length > 0
        && (recorded.contentType() == null
            || !recorded.contentType().startsWith("application/json"))) {
      throw new FakeProblem(
          415,
          "Unsupported Media Type",
          "Content-Type '%s' is not supported".formatted(recorded.contentType()));
    }
    JsonNode body;
    try {
      body = recorded.json();
    } catch (RuntimeException e) {
      throw FakeProblem.invalidArgument("Request body is not valid JSON: " + e.getMessage());
    }
    if (body.isNull() || body.isMissingNode()) {
      body = FakeRows.JSON.createObjectNode();
    }
    List<String> violations = new ArrayList<>();
    shape.check(body, "", violations);
    if (!violations.isEmpty()) {
      throw FakeProblem.invalidArgument(String.join(" ", violations));
    }
    return body;
  }

  /** The multipart parts of the body. */
  List<Multipart.Part> parts() {
    return recorded.parts();
  }
}
