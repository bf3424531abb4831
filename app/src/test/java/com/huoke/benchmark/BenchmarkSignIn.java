package com.huoke.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The benchmarks call the API as a user would: as the first admin, created with a password the
 * benchmark sets, signed in through {@code POST /api/v1/auth/login}.
 */
final class BenchmarkSignIn {

  static final String USERNAME = "admin";
  static final String PASSWORD = "benchmark-admin-password";

  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchmarkSignIn() {}

  /**
   * Arguments for the benchmarked app: the first admin's password, and access tokens that outlast a
   * long run (one sign-in serves the whole benchmark; refreshing is not what it measures).
   */
  static List<String> arguments() {
    return List.of(
        "--huoke.security.initial-admin.username=" + USERNAME,
        "--huoke.security.initial-admin.password=" + PASSWORD,
        "--huoke.security.access-token-ttl=PT12H");
  }

  /** Signs in at {@code baseUrl}; answers the {@code Authorization} header value. */
  static String bearer(HttpClient http, String baseUrl) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(
                            Map.of("username", USERNAME, "password", PASSWORD))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Expected to sign in as the benchmark's admin, but got %d: %s"
              .formatted(response.statusCode(), response.body()));
    }
    return "Bearer " + JSON.readTree(response.body()).get("accessToken").asText();
  }
}
