package com.huoke.lead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Talks to a running app's lead API over real HTTP, as a client (or curl) would: signed in as an
 * admin (or {@link #as} someone else), or as an agent where a test reads personal data the way
 * sales does.
 */
final class LeadApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;
  private final Caller caller;

  LeadApi(int port) {
    this("http://localhost:" + port, Caller.ADMIN);
  }

  private LeadApi(String baseUrl, Caller caller) {
    this.baseUrl = baseUrl;
    this.caller = caller;
  }

  /** The same app, called as {@code caller} ({@link #getAsAgent} stays an agent's). */
  LeadApi as(Caller caller) {
    return new LeadApi(baseUrl, caller);
  }

  Response post(Map<String, Object> lead) {
    try {
      return post(JSON.writeValueAsString(lead));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Response post(String body) {
    return send(
        signedIn(baseUrl + "/api/v1/leads", caller)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** GET as an agent, who sees the lead's personal data unmasked. */
  Response getAsAgent(String path) {
    return send(signedIn(baseUrl + path, Caller.AGENT).GET().build());
  }

  Response get(String path) {
    return send(signedIn(baseUrl + path, caller).GET().build());
  }

  /** {@code method} with a JSON body ({@code null} for none) and headers as name, value pairs. */
  Response send(String method, String path, Object body, String... headers) {
    try {
      HttpRequest.Builder request =
          signedIn(baseUrl + path, caller)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      if (body != null) {
        request.header("Content-Type", "application/json");
      }
      if (headers.length > 0) {
        request.headers(headers);
      }
      return send(request.build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lead at {@code location} (from a 201), as JSON. */
  JsonNode lead(String location) {
    Response response = send(signedIn(location, caller).GET().build());
    if (response.status() != 200) {
      throw new IllegalStateException("Expected 200 from " + location + ", but got " + response);
    }
    return response.body();
  }

  long totalLeads() {
    return get("/api/v1/leads?size=1").body().get("totalItems").asLong();
  }

  private static HttpRequest.Builder signedIn(String url, Caller caller) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", TestTokens.bearer(caller));
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Location").orElse(null),
          response.headers().firstValue("Content-Type").orElse(null),
          response.headers().firstValue("ETag").orElse(null),
          body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Status, the headers the tests read, and the JSON body. */
  record Response(int status, String location, String contentType, String etag, JsonNode body) {}
}
