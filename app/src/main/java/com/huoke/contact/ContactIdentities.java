package com.huoke.contact;

/** The normaliser and the look-up key for each {@link IdentityKind}. */
public final class ContactIdentities {

  private ContactIdentities() {}

  /** The value in the form it is stored and shown. */
  public static Normalised normalise(IdentityKind kind, String raw) {
    return switch (kind) {
      case PHONE -> PhoneNumbers.normalise(raw);
      case EMAIL -> EmailAddresses.normalise(raw);
      case WECHAT_ID -> WeChatIds.normalise(raw);
      case WECHAT_OPENID, WECOM_EXTERNAL_USERID, DOUYIN_OPENID -> PlatformIds.normalise(raw);
    };
  }

  /**
   * What two equal identities share, to be hashed for look-ups: the normalised value, lower-cased
   * for the kinds that are case-insensitive (e-mail, WeChat id).
   */
  public static String lookupKey(IdentityKind kind, String normalised) {
    return switch (kind) {
      case EMAIL -> EmailAddresses.lookupKey(normalised);
      case WECHAT_ID -> WeChatIds.lookupKey(normalised);
      case PHONE, WECHAT_OPENID, WECOM_EXTERNAL_USERID, DOUYIN_OPENID -> normalised;
    };
  }
}
