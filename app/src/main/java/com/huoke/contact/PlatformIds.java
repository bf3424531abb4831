package com.huoke.contact;

/**
 * Ids a platform issues (WeChat openid, WeCom external_userid, Douyin openid): opaque,
 * case-sensitive tokens, so only trimmed and checked for stray white space and length.
 */
public final class PlatformIds {

  static final int MAX_LENGTH = 128;

  private PlatformIds() {}

  /** {@code " oUpF8uMuAJO_M2pxb1Q9zNjWeS6o "} → {@code oUpF8uMuAJO_M2pxb1Q9zNjWeS6o}. */
  public static Normalised normalise(String raw) {
    String cleaned = raw == null ? null : raw.strip();
    if (cleaned == null || cleaned.isEmpty()) {
      return Normalised.blank();
    }
    if (Texts.hasWhitespace(cleaned) || cleaned.length() > MAX_LENGTH) {
      return Normalised.rejected(
          "must be a platform id of at most " + MAX_LENGTH + " characters without spaces");
    }
    return Normalised.of(cleaned);
  }
}
