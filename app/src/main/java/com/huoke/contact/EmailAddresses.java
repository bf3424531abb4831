package com.huoke.contact;

import java.util.Locale;

/**
 * E-mail addresses: trimmed (full-width {@code ＠} as typed by Chinese input methods becomes
 * {@code @}), the domain lower-cased. The local part keeps the case it was given, because RFC 5321
 * lets a mail server treat it as case-sensitive and mail must still reach the person; but no
 * provider our users meet (QQ, 163, 126, Sina, Gmail, Outlook, corporate Exchange) does, so
 * de-duplication compares the whole address case-insensitively through {@link #lookupKey}.
 */
public final class EmailAddresses {

  private EmailAddresses() {}

  /** {@code " Wang.Fang@Example.CN "} → {@code Wang.Fang@example.cn}. */
  public static Normalised normalise(String raw) {
    String cleaned = Texts.clean(raw);
    if (cleaned == null) {
      return Normalised.blank();
    }
    int at = cleaned.lastIndexOf('@');
    // shape only: the API checks addresses with @Email, and this must accept whatever that does
    if (at <= 0 || at == cleaned.length() - 1) {
      return Normalised.rejected("must be a well-formed email address like name@example.com");
    }
    return Normalised.of(
        cleaned.substring(0, at + 1) + cleaned.substring(at + 1).toLowerCase(Locale.ROOT));
  }

  /** What equal addresses share: the normalised address in lower case. */
  public static String lookupKey(String normalised) {
    return normalised == null ? null : normalised.toLowerCase(Locale.ROOT);
  }
}
