package com.huoke.connectors.inbound.support;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small text helpers for mapping payload fields. */
public final class Texts {

  private Texts() {}

  /** The first value that is neither {@code null} nor blank, or {@code null}. */
  public static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** The non-blank values joined with {@code separator}, or {@code null} when there are none. */
  public static String joinNonBlank(String separator, String... values) {
    String joined =
        Stream.of(values)
            .filter(Objects::nonNull)
            .map(String::trim)
            .filter(value -> !value.isEmpty())
            .distinct()
            .collect(Collectors.joining(separator));
    return joined.isEmpty() ? null : joined;
  }

  /** Keeps rejection messages short when a field holds something huge. */
  public static String abbreviate(String value) {
    return value.length() <= 64 ? value : value.substring(0, 64) + "…";
  }
}
