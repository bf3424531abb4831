package com.huoke.privacy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks mainland mobile numbers and e-mail addresses wherever they appear in a text, for log lines
 * (DESIGN §4): {@code 13812345678}, {@code +86 138 1234 5678} → {@code 138****5678}; {@code
 * wang@example.cn} → {@code w***@example.cn}. Digits inside longer numbers or words (order ids,
 * hex) are left alone.
 */
public final class LogMasking {

  private static final Pattern MOBILE =
      Pattern.compile(
          "(?<![0-9A-Za-z])(?:(?:\\+|00)?86[ -]?)?(1[3-9][0-9])[ -]?([0-9]{4})[ -]?([0-9]{4})"
              + "(?![0-9])");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

  private LogMasking() {}

  /** {@code text} with every mobile number and e-mail address masked. */
  public static String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return maskEmails(maskMobiles(text));
  }

  private static String maskMobiles(String text) {
    Matcher matcher = MOBILE.matcher(text);
    if (!matcher.find()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text.length());
    do {
      String digits = matcher.group(1) + matcher.group(2) + matcher.group(3);
      matcher.appendReplacement(masked, Masking.phone(digits));
    } while (matcher.find());
    matcher.appendTail(masked);
    return masked.toString();
  }

  private static String maskEmails(String text) {
    if (text.indexOf('@') < 0) {
      return text;
    }
    Matcher matcher = EMAIL.matcher(text);
    StringBuilder masked = new StringBuilder(text.length());
    while (matcher.find()) {
      matcher.appendReplacement(masked, Matcher.quoteReplacement(Masking.email(matcher.group())));
    }
    matcher.appendTail(masked);
    return masked.toString();
  }
}
