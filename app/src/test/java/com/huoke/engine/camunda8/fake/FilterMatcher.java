package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Evaluates one search filter property against a stored value, with the API's semantics: a plain
 * value means {@code $eq}; on a list-valued field (candidate groups) a value matches when any
 * element does; {@code $like} takes {@code *} and {@code ?} wildcards; an empty {@code $in} or
 * {@code $notIn} does not filter (the Java client always sends both, mostly empty).
 */
final class FilterMatcher {

  private FilterMatcher() {}

  static boolean matches(JsonNode filter, Object actual) {
    if (filter == null || filter.isNull()) {
      return true;
    }
    if (!filter.isObject()) {
      return equalsAny(actual, filter);
    }
    for (var it = filter.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> op = it.next();
      JsonNode value = op.getValue();
      if (value.isArray() && value.isEmpty()) {
        continue;
      }
      boolean ok =
          switch (op.getKey()) {
            case "$eq" -> equalsAny(actual, value);
            case "$neq" -> !equalsAny(actual, value);
            case "$exists" -> exists(actual) == value.asBoolean();
            case "$in" -> anyOf(actual, value);
            case "$notIn" -> !anyOf(actual, value);
            case "$like" -> like(actual, value.asText());
            case "$gt" -> actual != null && compare(actual, value) > 0;
            case "$gte" -> actual != null && compare(actual, value) >= 0;
            case "$lt" -> actual != null && compare(actual, value) < 0;
            case "$lte" -> actual != null && compare(actual, value) <= 0;
            default -> throw new IllegalArgumentException("Unknown operator " + op.getKey());
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean exists(Object actual) {
    return actual != null && !(actual instanceof Collection<?> c && c.isEmpty());
  }

  private static boolean anyOf(Object actual, JsonNode values) {
    for (JsonNode value : values) {
      if (equalsAny(actual, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean equalsAny(Object actual, JsonNode expected) {
    return elements(actual).stream().anyMatch(element -> same(element, expected));
  }

  private static boolean same(Object element, JsonNode expected) {
    if (element instanceof OffsetDateTime date) {
      return date.isEqual(OffsetDateTime.parse(expected.asText()));
    }
    return text(element).equals(expected.asText());
  }

  private static boolean like(Object actual, String pattern) {
    Pattern regex =
        Pattern.compile(
            Pattern.quote(pattern).replace("*", "\\E.*\\Q").replace("?", "\\E.\\Q"),
            Pattern.DOTALL);
    return elements(actual).stream().anyMatch(e -> regex.matcher(text(e)).matches());
  }

  private static int compare(Object actual, JsonNode bound) {
    if (actual instanceof OffsetDateTime date) {
      return date.compareTo(OffsetDateTime.parse(bound.asText()));
    }
    return Long.compare(Long.parseLong(text(actual)), bound.asLong());
  }

  private static List<?> elements(Object actual) {
    if (actual == null) {
      return List.of();
    }
    return actual instanceof Collection<?> c ? List.copyOf(c) : List.of(actual);
  }

  private static String text(Object value) {
    return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
  }
}
