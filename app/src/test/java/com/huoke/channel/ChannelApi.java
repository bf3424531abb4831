package com.huoke.channel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.TestTokens;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Talks to a running app's channel, form and inbox endpoints over real HTTP: webhooks and forms
 * without a token, as platforms and visitors do; the rest of the API signed in as an admin (or an
 * agent, who sees personal data).
 */
final class ChannelApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;

  ChannelApi(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** A new enabled testplatform channel with working settings; returns its id. */
  UUID createTestChannel() {
    return createChannel(TestPlatformChannel.PLATFORM, TestPlatformRequests.settings());
  }

  UUID createChannel(String platform, Map<String, String> settings) {
    Map<String, Object> channel = new LinkedHashMap<>();
    channel.put("platform", platform);
    channel.put("name", platform + " 渠道 " + UUID.randomUUID().toString().substring(0, 8));
    channel.put("settings", settings);
    Response created = post("/api/v1/channels", channel);
    if (created.status() != 201) {
      throw new IllegalStateException("Expected 201 creating a channel, but got " + created);
    }
    return UUID.fromString(created.json().get("id").asText());
  }

  /** POSTs a testplatform delivery signed with the fixture's secret. */
  Response deliver(UUID channelId, byte[] body) {
    return webhook(channelId, body, TestPlatformRequests.sign(body), "application/json");
  }

  Response webhook(UUID channelId, byte[] body, String signature, String contentType) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/v1/channels/" + channelId + "/webhook"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header(TestPlatformChannel.SIGNATURE_HEADER, signature);
    }
    return send(request.build());
  }

  /** POSTs the body without a Content-Length, in chunks, as a streaming client would. */
  Response deliverChunked(UUID channelId, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri("/api/v1/channels/" + channelId + "/webhook"))
            .header("Content-Type", "application/json")
            .header(TestPlatformChannel.SIGNATURE_HEADER, TestPlatformRequests.sign(body))
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
            .build());
  }

  Response postForm(UUID channelId, String body, String contentType, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/v1/forms/" + channelId))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request.build());
  }

  /** The lead view of the newest lead with this contact name (names in tests are unique). */
  /** The lead as an agent sees it: unmasked. */
  JsonNode leadNamed(String name) {
    for (JsonNode item : getAsAgent("/api/v1/leads?size=100").json().get("items")) {
      if (name.equals(item.get("contactName").asText())) {
        return getAsAgent("/api/v1/leads/" + item.get("id").asText()).json();
      }
    }
    throw new AssertionError("Expected a lead named " + name + ", but the newest 100 have none");
  }

  JsonNode stats(UUID channelId) {
    return get("/api/v1/channels/" + channelId + "/stats").json();
  }

  JsonNode deadLetter(String id) {
    return get("/api/v1/channels/dead-letters/" + id).json();
  }

  Response replay(String deadLetterId) {
    return post("/api/v1/channels/dead-letters/" + deadLetterId + "/replay", "");
  }

  Response getAsAgent(String path) {
    return getAs(Caller.AGENT, path);
  }

  Response getAs(Caller caller, String path) {
    return send(signedIn(path, caller).GET().build());
  }

  Response get(String path) {
    return send(signedIn(path, Caller.ADMIN).GET().build());
  }

  Response post(String path, Object json) {
    return send(
        signedIn(path, Caller.ADMIN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(write(json)))
            .build());
  }

  Response put(String path, Object json) {
    return send(
        signedIn(path, Caller.ADMIN)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(write(json)))
            .build());
  }

  Response send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A request to the API with {@code caller}'s access token. */
  HttpRequest.Builder signedIn(String path, Caller caller) {
    return HttpRequest.newBuilder(uri(path)).header("Authorization", TestTokens.bearer(caller));
  }

  URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private static String write(Object json) {
    try {
      return json instanceof String text ? text : JSON.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Status, content type and body of a response. */
  record Response(int status, String contentType, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Expected a JSON body, but got: " + body, e);
      }
    }
  }
}
