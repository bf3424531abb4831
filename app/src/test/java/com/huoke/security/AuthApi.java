package com.huoke.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.testsupport.JsonApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sign-in endpoints over real HTTP, as the console and curl use them: a client address of the
 * test's choosing ({@code X-Forwarded-For}, honoured by the test app's {@code
 * server.forward-headers-strategy=native}, so tests do not share the sign-in throttle's address
 * count), the refresh token in the body or as the cookie.
 */
final class AuthApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String baseUrl;

  AuthApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  JsonApi.Response login(String username, String password, String clientAddress) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", password);
    return send(post("/api/v1/auth/login", body).header("X-Forwarded-For", clientAddress));
  }

  /** The access token of a sign-in that must succeed. */
  String accessToken(String username, String password, String clientAddress) {
    return login(username, password, clientAddress).expect(200).get("accessToken").asText();
  }

  JsonApi.Response refreshWithBody(String refreshToken) {
    return send(post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken)));
  }

  /** As the console does it: no body, the HttpOnly cookie. */
  JsonApi.Response refreshWithCookie(String refreshToken) {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/auth/refresh"))
            .header("Cookie", RefreshCookie.NAME + "=" + refreshToken)
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  JsonApi.Response logoutWithCookie(String refreshToken) {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/auth/logout"))
            .header("Cookie", RefreshCookie.NAME + "=" + refreshToken)
            .POST(HttpRequest.BodyPublishers.noBody()));
  }

  /** GET with {@code Authorization: <authorization>} ({@code null}: none). */
  JsonApi.Response get(String path, String authorization) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  /** A request with any method, headers as name, value pairs. */
  JsonApi.Response send(String method, String path, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return send(request);
  }

  private HttpRequest.Builder post(String path, Object body) {
    try {
      return HttpRequest.newBuilder(uri(path))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static JsonApi.Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      JsonNode body =
          response.body().isEmpty() || contentType == null || !contentType.contains("json")
              ? null
              : JSON.readTree(response.body());
      return new JsonApi.Response(
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
}
