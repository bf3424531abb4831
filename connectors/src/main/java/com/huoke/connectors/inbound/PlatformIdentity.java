package com.huoke.connectors.inbound;

/**
 * How a platform identifies a person without a phone number or e-mail.
 *
 * @param kind which platform's id this is
 * @param id the id, e.g. a WeChat openid or a WeCom external_userid
 */
public record PlatformIdentity(Kind kind, String id) {

  public enum Kind {
    /** WeChat official-account openid (per account). */
    WECHAT_OPENID,
    /** WeCom external_userid of a customer (per corp). */
    WECOM_EXTERNAL_USERID,
    /** Douyin open_id (per app). */
    DOUYIN_OPENID
  }
}
