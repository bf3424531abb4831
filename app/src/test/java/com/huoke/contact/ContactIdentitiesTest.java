package com.huoke.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** E-mail, WeChat id and platform id normalisation, and what de-duplication compares. */
class ContactIdentitiesTest {

  @ParameterizedTest(name = "{0} [{1}] → {2}, compared as {3}")
  @CsvSource(
      delimiter = '|',
      ignoreLeadingAndTrailingWhitespace = false,
      textBlock =
          """
          EMAIL|wang@example.cn|wang@example.cn|wang@example.cn
          EMAIL| Wang.Fang@Example.CN |Wang.Fang@example.cn|wang.fang@example.cn
          EMAIL|ZHANG@QQ.COM|ZHANG@qq.com|zhang@qq.com
          EMAIL|li＠163.com|li@163.com|li@163.com
          EMAIL|"a@b"@Example.org|"a@b"@example.org|"a@b"@example.org
          WECHAT_ID|wxm_2026|wxm_2026|wxm_2026
          WECHAT_ID| WangFang_88 |WangFang_88|wangfang_88
          WECHAT_ID|wxid_k2j3h4g5f6d7s8|wxid_k2j3h4g5f6d7s8|wxid_k2j3h4g5f6d7s8
          WECHAT_ID|13800138000|13800138000|13800138000
          WECHAT_ID|ｗｘ－ｆａｎｇ|wx-fang|wx-fang
          WECHAT_OPENID| oUpF8uMuAJO_M2pxb1Q9zNjWeS6o |oUpF8uMuAJO_M2pxb1Q9zNjWeS6o|oUpF8uMuAJO_M2pxb1Q9zNjWeS6o
          WECOM_EXTERNAL_USERID|wmqfasd1e1927831123109rBAAAA|wmqfasd1e1927831123109rBAAAA|wmqfasd1e1927831123109rBAAAA
          DOUYIN_OPENID|_000QadFMhmU1jNCI3JdPnyVDL6XavC70dFy|_000QadFMhmU1jNCI3JdPnyVDL6XavC70dFy|_000QadFMhmU1jNCI3JdPnyVDL6XavC70dFy
          PHONE|138 0013 8000|+8613800138000|+8613800138000
          """)
  void normalisesAndComparesEachKindItsOwnWay(
      IdentityKind kind, String input, String normalised, String lookupKey) {
    Normalised result = ContactIdentities.normalise(kind, input);

    assertThat(result.value()).isEqualTo(normalised);
    assertThat(ContactIdentities.lookupKey(kind, result.value())).isEqualTo(lookupKey);
  }

  @ParameterizedTest(name = "{0} [{1}] rejected")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          EMAIL|wang.example.cn|email address
          EMAIL|@example.cn|email address
          EMAIL|wang@|email address
          WECHAT_ID|wang fang|WeChat id
          WECHAT_ID|微信同手机号|WeChat id
          WECHAT_ID|x|WeChat id
          WECHAT_ID|wx:fang|WeChat id
          WECHAT_OPENID|oUpF8uMu AJO|platform id
          PHONE|call me|phone number
          """)
  void rejectsMalformedValuesSayingWhatIsExpected(IdentityKind kind, String input, String words) {
    Normalised result = ContactIdentities.normalise(kind, input);

    assertThat(result.isRejected()).isTrue();
    assertThat(result.rejection()).contains(words);
  }

  @ParameterizedTest
  @CsvSource({"WECHAT_OPENID, 129", "DOUYIN_OPENID, 200"})
  void rejectsOverlongPlatformIds(IdentityKind kind, int length) {
    assertThat(ContactIdentities.normalise(kind, "o".repeat(length)).isRejected()).isTrue();
  }

  @org.junit.jupiter.api.Test
  void throwsNamingTheFieldWhenAskedToInsist() {
    ContactIdentity identity = new ContactIdentity(IdentityKind.WECHAT_ID, "wang fang");

    assertThatThrownBy(() -> identity.normalised("identities[2].id"))
        .isInstanceOf(InvalidContactException.class)
        .satisfies(
            e -> {
              InvalidContactException invalid = (InvalidContactException) e;
              assertThat(invalid.field()).isEqualTo("identities[2].id");
              assertThat(invalid.reason()).contains("WeChat id");
              assertThat(invalid.getMessage()).doesNotContain("wang fang");
            });
  }
}
