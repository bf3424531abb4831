package com.huoke.lead.imports;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.TestTokens;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Uploads lead files to a running app over real HTTP (multipart, as a browser would), as a
 * marketer; reads the results as an agent, who sees the imported names and numbers unmasked.
 */
final class ImportApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final String baseUrl;

  ImportApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** A file part: its name, content type (or {@code null}) and bytes. */
  record FilePart(String fileName, String contentType, HttpRequest.BodyPublisher content) {

    static FilePart of(String fileName, byte[] content) {
      return new FilePart(fileName, null, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    static FilePart of(String fileName, String contentType, byte[] content) {
      return new FilePart(fileName, contentType, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    /** Streamed from disk, never held in memory. */
    static FilePart of(String fileName, Path file) {
      try {
        return new FilePart(fileName, null, HttpRequest.BodyPublishers.ofFile(file));
      } catch (FileNotFoundException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code POST /api/v1/leads/imports} with the file ({@code null} for none) and form fields. */
  Response upload(FilePart file, Map<String, String> fields) {
    String boundary = "huoke-" + UUID.randomUUID();
    List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
    fields.forEach(
        (name, value) ->
            parts.add(
                text(
                    "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n"
                        .formatted(boundary, name, value))));
    if (file != null) {
      parts.add(
          text(
              "--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n%s\r\n"
                  .formatted(
                      boundary,
                      file.fileName(),
                      file.contentType() == null
                          ? "Content-Type: application/octet-stream\r\n"
                          : "Content-Type: " + file.contentType() + "\r\n")));
      parts.add(file.content());
      parts.add(text("\r\n"));
    }
    parts.add(text("--" + boundary + "--\r\n"));
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/leads/imports"))
            .header("Authorization", TestTokens.bearer(Caller.MARKETER))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)))
            .build());
  }

  Response get(String path) {
    // read as an agent, who sees the imported names and numbers unmasked
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Authorization", TestTokens.bearer(Caller.AGENT))
            .GET()
            .build());
  }

  /** Waits until the import at {@code path} is DONE or FAILED and answers its status. */
  JsonNode awaitFinished(String path, Duration patience) {
    return await()
        .atMost(patience)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> get(path).body(),
            status -> Set.of("DONE", "FAILED").contains(status.get("state").asText()));
  }

  private static HttpRequest.BodyPublisher text(String text) {
    return HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
  }

  private Response send(HttpRequest request) {
    try {
      HttpResponse<String> response =
          http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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

  /** Status, {@code Location} and the JSON body. */
  record Response(int status, String location, JsonNode body) {

    /** The path of {@code Location}, for {@link #get}. */
    String locationPath() {
      return location.substring(location.indexOf("/api/"));
    }
  }
}
