package com.huoke.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Talks JSON to a running app's REST API over real HTTP, as a client (or curl) would. */
public final class JsonApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  public JsonApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** POSTs {@code body} (a JSON string, or any value Jackson writes) to {@code path}. */
  public Response post(String path, Object body) {
    return send(json(path).POST(publisher(body)).build());
  }

  public Response put(String path, Object body) {
    return send(json(path).PUT(publisher(body)).build());
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
  }

  public Response delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).DELETE().build());
  }

  /** The JSON body of a call that must answer {@code status}. */
  public static JsonNode expect(int status, Response response) {
    if (response.status() != status) {
      throw new AssertionError("Expected HTTP " + status + ", but got " + response);
    }
    return response.body();
  }

  private HttpRequest.Builder json(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .header("Content-Type", "application/json");
  }

  private static HttpRequest.BodyPublisher publisher(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(
          body instanceof String text ? text : JSON.writeValueAsString(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
      return new Response(
          response.statusCode(), response.headers().firstValue("Location").orElse(null), body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Status, Location header and JSON body of a response. */
  public record Response(int status, String location, JsonNode body) {}
}
