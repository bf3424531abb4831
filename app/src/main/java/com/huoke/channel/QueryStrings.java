package com.huoke.channel;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** {@code a=1&b=%E4%BD%A0} → {a=1, b=你}: query strings and form bodies, UTF-8. */
final class QueryStrings {

  private QueryStrings() {}

  /**
   * The decoded pairs in order; a repeated name keeps its first value.
   *
   * @throws IllegalArgumentException on a malformed {@code %} escape
   */
  static Map<String, String> parse(String raw) {
    return parse(raw, QueryStrings::decode);
  }

  /** Like {@link #parse}, but a malformed escape keeps its raw text instead of failing. */
  static Map<String, String> parseLeniently(String raw) {
    return parse(raw, QueryStrings::lenient);
  }

  private static Map<String, String> parse(String raw, UnaryOperator<String> decoder) {
    Map<String, String> pairs = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return pairs;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decoder.apply(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decoder.apply(pair.substring(equals + 1));
      pairs.putIfAbsent(name, value);
    }
    return pairs;
  }

  private static String decode(String raw) {
    return URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  private static String lenient(String raw) {
    try {
      return decode(raw);
    } catch (IllegalArgumentException malformed) {
      return raw;
    }
  }
}
