package com.huoke.inbox;

import com.huoke.privacy.Masking;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what identifies a person in a free-text message (phone numbers, e-mail addresses) and keeps
 * the rest readable, so staff without access to personal data can still see what was asked.
 */
final class MessageMasking {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

  // mobiles as people type them (+86 138 1234 5678, 138-1234-5678) and any other run of 7+
  // digits (landlines, QQ numbers); dates and prices stay readable
  private static final Pattern NUMBER =
      Pattern.compile("(\\+?86[ -]?)?1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}|\\+?\\d{7,}");

  private MessageMasking() {}

  static String text(String text) {
    if (text == null) {
      return null;
    }
    String withoutEmails = replace(EMAIL.matcher(text), Masking::email);
    return replace(
        NUMBER.matcher(withoutEmails), number -> Masking.phone(number.replaceAll("[ -]", "")));
  }

  static String handle(String id) {
    return Masking.handle(id);
  }

  private static String replace(Matcher matcher, java.util.function.UnaryOperator<String> masking) {
    StringBuilder masked = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(masked, Matcher.quoteReplacement(masking.apply(matcher.group())));
    }
    matcher.appendTail(masked);
    return masked.toString();
  }
}
