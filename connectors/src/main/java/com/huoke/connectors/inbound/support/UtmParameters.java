package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.InboundLead;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code utm_*} parameters of a landing-page URL: ad platforms pass the advertiser's tracking
 * link through unchanged, so the URL is where a lead's UTM attribution lives.
 */
public final class UtmParameters {

  private UtmParameters() {}

  /** Sets the builder's UTM fields from the URL's query; a missing or malformed URL sets none. */
  public static InboundLead.Builder fill(InboundLead.Builder lead, String url) {
    Map<String, String> query = query(url);
    return lead.utm(
        query.get("utm_source"),
        query.get("utm_medium"),
        query.get("utm_campaign"),
        query.get("utm_content"));
  }

  private static Map<String, String> query(String url) {
    Map<String, String> parameters = new HashMap<>();
    if (url == null) {
      return parameters;
    }
    String rawQuery;
    try {
      rawQuery = new URI(url.trim()).getRawQuery();
    } catch (URISyntaxException notAUri) {
      return parameters;
    }
    if (rawQuery == null) {
      return parameters;
    }
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        try {
          String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
          String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
          if (!value.isBlank()) {
            parameters.putIfAbsent(name, value.trim());
          }
        } catch (IllegalArgumentException badEscape) {
          // one malformed parameter does not spoil the others
        }
      }
    }
    return parameters;
  }
}
