package com.huoke.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * User names are compared as typed but without case or surrounding blanks: {@code Xiao.Wang } signs
 * in as {@code xiao.wang}. Letters of any script, digits and {@code . _ - @}.
 */
final class Usernames {

  static final String PATTERN = "[\\p{L}\\p{N}._@-]{2,64}";
  private static final Pattern VALID = Pattern.compile(PATTERN);

  private Usernames() {}

  static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  static boolean valid(String normalised) {
    return VALID.matcher(normalised).matches();
  }
}
