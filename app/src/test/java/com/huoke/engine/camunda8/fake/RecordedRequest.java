package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One request the fake received, as sent: for tests that assert what the client asked for. */
public record RecordedRequest(
    String method, String path, String query, String contentType, byte[] body) {

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The JSON body; an empty body reads as JSON {@code null}. */
  public JsonNode json() {
    try {
      return body.length == 0 ? FakeRows.JSON.nullNode() : FakeRows.JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The parts of a multipart body (deployments). */
  public List<Multipart.Part> parts() {
    return Multipart.parse(contentType, body);
  }
}
