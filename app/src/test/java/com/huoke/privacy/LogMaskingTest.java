package com.huoke.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogMaskingTest {

  @ParameterizedTest(name = "[{0}] → [{1}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Lead from 13800138000 captured|Lead from 138****8000 captured
          phone=+8613800138000, wechat=wx|phone=138****8000, wechat=wx
          call +86 138 0013 8000 today|call 138****8000 today
          手机13800138000请回电|手机138****8000请回电
          0086-138-0013-8000|138****8000
          mail wang.fang@example.cn now|mail w***@example.cn now
          <Wang@Example.CN>|<W***@Example.CN>
          both 13912345678 and li@qq.com|both 139****5678 and l***@qq.com
          order 2026113800138000 shipped|order 2026113800138000 shipped
          id a13800138000b stays|id a13800138000b stays
          12812345678 is no mobile|12812345678 is no mobile
          ts 1732500000000|ts 1732500000000
          nothing personal here|nothing personal here
          """)
  void masksMobilesAndEmailsAnywhereInALine(String line, String masked) {
    assertThat(LogMasking.mask(line)).isEqualTo(masked);
  }
}
