package com.huoke.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Talks JSON to a running app over real HTTP, as a client (or curl) would. */
public final class JsonApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public JsonApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public Response post(String path, Object body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body)))
            .build());
  }

  public Response delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
  }

  /** The JSON body of a call that must answer {@code status}. */
  public static JsonNode expect(int status, Response response) {
    return response.expect(status);
  }

  public Response put(String path, Object body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json(body)))
            .build());
  }

  private URI uri(String path) {
    return URI.create(path.startsWith("http") ? path : baseUrl + path);
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("Content-Type").orElse(null),
          body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Status, the headers tests read, and the JSON body. */
  public record Response(int status, String location, String contentType, JsonNode body) {

    /** The body, after checking the status; fails with the body otherwise. */
    public JsonNode expect(int expected) {
      if (status != expected) {
        throw new AssertionError("Expected HTTP " + expected + ", but got " + status + ": " + body);
      }
      return body;
    }
  }
}
