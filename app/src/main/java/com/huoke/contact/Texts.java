package com.huoke.contact;

import java.text.Normalizer;

/** Clean-up shared by the normalisers. */
final class Texts {

  private Texts() {}

  /**
   * NFKC (full-width digits, letters, {@code ＋ ＠ （ ）} as typed by Chinese input methods become
   * ASCII; no-break spaces become spaces) and stripped; {@code null} when nothing is left.
   */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String cleaned = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  static boolean hasWhitespace(String value) {
    return value.codePoints().anyMatch(Character::isWhitespace);
  }
}
