package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import com.huoke.privacy.Masking;

/** One normalised identity with its look-up hash; the value is personal data, never logged. */
record Identity(IdentityKind kind, String value, String hash) implements Comparable<Identity> {

  /** How it may appear in a reason or timeline: {@code phone 138****8000}. */
  String masked() {
    return switch (kind) {
      case PHONE -> "phone " + Masking.phone(value);
      case EMAIL -> "e-mail " + Masking.email(value);
      case WECHAT_ID -> "WeChat id " + Masking.handle(value);
      case WECHAT_OPENID -> "WeChat openid " + Masking.handle(value);
      case WECOM_EXTERNAL_USERID -> "WeCom external user " + Masking.handle(value);
      case DOUYIN_OPENID -> "Douyin openid " + Masking.handle(value);
    };
  }

  /** Kind, then hash: the order identities are claimed in, so concurrent claims never deadlock. */
  @Override
  public int compareTo(Identity other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : hash.compareTo(other.hash);
  }
}
