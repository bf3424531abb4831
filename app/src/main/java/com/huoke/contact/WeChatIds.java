package com.huoke.contact;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * WeChat ids (微信号). WeChat's own rule for ids chosen today is 6–20 letters, digits, {@code _} or
 * {@code -} starting with a letter, and letters are case-insensitive (WeChat finds {@code WangFang}
 * when you search {@code wangfang}). Leads also carry older ids, system ids ({@code wxid_…}) and
 * the phone or QQ number people give as "my WeChat", so only the character set is enforced. The id
 * keeps the case it was given; de-duplication compares it lower-cased through {@link #lookupKey}.
 */
public final class WeChatIds {

  private static final Pattern ALLOWED = Pattern.compile("\\+?[A-Za-z0-9_\\-]{2,64}");

  private WeChatIds() {}

  /** {@code " WangFang_88 "} → {@code WangFang_88}; rejects spaces and other characters. */
  public static Normalised normalise(String raw) {
    String cleaned = Texts.clean(raw);
    if (cleaned == null) {
      return Normalised.blank();
    }
    return ALLOWED.matcher(cleaned).matches()
        ? Normalised.of(cleaned)
        : Normalised.rejected(
            "must be a WeChat id: 2 to 64 letters, digits, '_' or '-', without spaces");
  }

  /** What equal WeChat ids share: the id in lower case. */
  public static String lookupKey(String normalised) {
    return normalised == null ? null : normalised.toLowerCase(Locale.ROOT);
  }
}
