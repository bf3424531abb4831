package com.huoke.contact;

/**
 * A way to recognise a person across channels. Two leads carrying the same kind and normalised
 * value are the same person (DESIGN §5).
 */
public enum IdentityKind {
  /** A phone number in E.164 ({@code +8613812345678}). */
  PHONE,
  /** An e-mail address, compared case-insensitively. */
  EMAIL,
  /** A WeChat id (微信号), compared case-insensitively. */
  WECHAT_ID,
  /** A WeChat Official Account / mini program openid (per app; case-sensitive). */
  WECHAT_OPENID,
  /** A WeCom external contact's {@code external_userid} (case-sensitive). */
  WECOM_EXTERNAL_USERID,
  /** A Douyin open platform openid (case-sensitive). */
  DOUYIN_OPENID;

  /** Platform-issued ids are opaque tokens; the others are contact details people type. */
  public boolean isPlatformId() {
    return this == WECHAT_OPENID || this == WECOM_EXTERNAL_USERID || this == DOUYIN_OPENID;
  }
}
