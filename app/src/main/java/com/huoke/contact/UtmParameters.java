package com.huoke.contact;

import java.util.Locale;

/**
 * The four UTM values of a landing (utm_source, utm_medium, utm_campaign, utm_content). Normalised:
 * trimmed, empty becomes {@code null}, source and medium lower-cased so {@code Douyin} and {@code
 * douyin} report as one channel; campaign and content keep their case because marketers name them.
 */
public record UtmParameters(String source, String medium, String campaign, String content) {

  /** The normalised values of raw query or form values. */
  public static UtmParameters of(String source, String medium, String campaign, String content) {
    return new UtmParameters(lower(source), lower(medium), trim(campaign), trim(content));
  }

  /** True when none is set. */
  public boolean isEmpty() {
    return source == null && medium == null && campaign == null && content == null;
  }

  private static String lower(String raw) {
    String trimmed = trim(raw);
    return trimmed == null ? null : trimmed.toLowerCase(Locale.ROOT);
  }

  private static String trim(String raw) {
    return Texts.clean(raw);
  }
}
