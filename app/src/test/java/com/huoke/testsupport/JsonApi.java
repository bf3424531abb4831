package com.huoke.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Talks JSON to a running app over real HTTP, as a client (or curl) would, signed in: {@code new
 * JsonApi(port)} acts as {@link Caller#ADMIN}, {@link #as(Caller)} as someone else, {@link
 * #anonymous()} as nobody. Every request carries a fresh access token ({@link TestTokens}).
 */
public final class JsonApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String baseUrl;
  private final Caller caller;

  public JsonApi(int port) {
    this("http://localhost:" + port, Caller.ADMIN);
  }

  private JsonApi(String baseUrl, Caller caller) {
    this.baseUrl = baseUrl;
    this.caller = caller;
  }

  /** The same app, called as {@code caller}. */
  public JsonApi as(Caller caller) {
    return new JsonApi(baseUrl, caller);
  }

  /** The same app, called without an access token. */
  public JsonApi anonymous() {
    return new JsonApi(baseUrl, null);
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  public Response post(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  /** A POST without a body, as commands such as claim or cancel are sent. */
  public Response post(String path) {
    return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  /** The JSON body of a call that must answer {@code status}. */
  public static JsonNode expect(int status, Response response) {
    return response.expect(status);
  }

  public Response put(String path, Object body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json(body))));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : baseUrl + path));
    if (caller != null) {
      request.header("Authorization", TestTokens.bearer(caller));
    }
    return request;
  }

  private static String json(Object body) {
    try {
      return body instanceof String text ? text : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      JsonNode body;
      if (response.body().isEmpty()) {
        body = null;
      } else if (contentType == null || contentType.contains("json")) {
        body = JSON.readTree(response.body());
      } else {
        body = TextNode.valueOf(response.body()); // e.g. BPMN XML
      }
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          contentType,
          body,
          response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Status, the headers tests read, and the JSON body. */
  public record Response(
      int status, String location, String contentType, JsonNode body, HttpHeaders headers) {

    /** The body, after checking the status; fails with the body otherwise. */
    public JsonNode expect(int expected) {
      if (status != expected) {
        throw new AssertionError("Expected HTTP " + expected + ", but got " + status + ": " + body);
      }
      return body;
    }

    /** The first value of header {@code name}, or {@code null}. */
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }
}
