package com.huoke.connectors.inbound;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One HTTP request from a platform, exactly as it arrived: the body stays raw bytes so that
 * signatures are checked over what was sent, not over a re-encoding of it.
 *
 * @param method {@code GET} for URL checks, {@code POST} for deliveries
 * @param headers header values by name; look-ups through {@link #header} ignore case
 * @param query query parameters, already URL-decoded, first value of each
 * @param body the raw body, empty for GET
 * @param remoteAddress the client's IP address, for allow-lists
 */
public record InboundRequest(
    String method,
    Map<String, List<String>> headers,
    Map<String, String> query,
    byte[] body,
    String remoteAddress) {

  public InboundRequest {
    TreeMap<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.putAll(headers == null ? Map.of() : headers);
    headers = caseInsensitive;
    query = query == null ? Map.of() : Map.copyOf(query);
    body = body == null ? new byte[0] : body;
  }

  /** The first value of a header, or {@code null}; the name is matched ignoring case. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** A query parameter, or {@code null}. */
  public String query(String name) {
    return query.get(name);
  }

  /** The body decoded as UTF-8, which every platform here uses. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The media type of the body without parameters, lower case, or {@code null}. */
  public String mediaType() {
    String contentType = header("Content-Type");
    if (contentType == null) {
      return null;
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  public boolean isGet() {
    return "GET".equalsIgnoreCase(method);
  }
}
