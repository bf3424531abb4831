package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.InboundRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builds webhook requests as the platforms send them, and the bodies tests feed receivers. */
public final class WebhookRequests {

  private WebhookRequests() {}

  /** A JSON POST as every platform here sends it. */
  public static Builder post(byte[] body) {
    return new Builder("POST", body).header("Content-Type", "application/json;charset=UTF-8");
  }

  /** A GET, as used for URL checks. */
  public static Builder get() {
    return new Builder("GET", new byte[0]);
  }

  /** A test resource's bytes, exactly as stored. */
  public static byte[] resource(String path) {
    try (InputStream in = WebhookRequests.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "Expected test resource " + path + ", but it is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The first half of a body, as a connection cut mid-transfer leaves it. */
  public static byte[] truncated(byte[] body) {
    return Arrays.copyOf(body, body.length / 2);
  }

  /** Bytes that are not text at all; the seed keeps failures reproducible. */
  public static byte[] randomBytes(long seed) {
    byte[] bytes = new byte[512];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** A field value of {@code length} characters, Chinese so it is three bytes each in UTF-8. */
  public static String huge(int length) {
    return "长".repeat(length);
  }

  /** Mutable request under construction. */
  public static final class Builder {
    private final String method;
    private final byte[] body;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, String> query = new LinkedHashMap<>();
    private String remoteAddress = "203.0.113.10";

    private Builder(String method, byte[] body) {
      this.method = method;
      this.body = body;
    }

    public Builder header(String name, String value) {
      headers.put(name, List.of(value));
      return this;
    }

    public Builder withoutHeader(String name) {
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      return this;
    }

    public Builder contentType(String value) {
      withoutHeader("Content-Type");
      return value == null ? this : header("Content-Type", value);
    }

    public Builder query(String name, String value) {
      query.put(name, value);
      return this;
    }

    public Builder from(String address) {
      remoteAddress = address;
      return this;
    }

    public InboundRequest build() {
      return new InboundRequest(method, headers, query, body, remoteAddress);
    }
  }
}
