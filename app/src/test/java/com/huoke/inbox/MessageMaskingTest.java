package com.huoke.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageMaskingTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "我的电话 13812345678，请联系 | 我的电话 138****5678，请联系",
        "call +86 138 1234 5678 today | call 138****5678 today",
        "手机 138-1234-5678 | 手机 138****5678",
        "邮箱 zhang.san@example.com 谢谢 | 邮箱 z***@example.com 谢谢",
        "QQ 123456789 | QQ ****6789",
        "2026-03-01 价格 199 元 | 2026-03-01 价格 199 元"
      })
  void masksPhonesAndEmailsAndKeepsTheRestReadable(String text, String masked) {
    assertThat(MessageMasking.text(text)).isEqualTo(masked);
  }
}
