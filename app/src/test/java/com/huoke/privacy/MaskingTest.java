package com.huoke.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "+8613812341234, 138****1234",
    "13812341234, 138****1234",
    "+16502530000, ****0000",
    "123, ****"
  })
  void masksPhonesAsChannelsSpecify(String phone, String masked) {
    assertThat(Masking.phone(phone)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"zhang.san@example.com, z***@example.com", "no-at-sign, ***", "@example.com, ***"})
  void masksEmailsKeepingTheDomain(String email, String masked) {
    assertThat(Masking.email(email)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"wxm_2026, wx***", "ab, ***"})
  void masksHandlesKeepingTwoCharacters(String handle, String masked) {
    assertThat(Masking.handle(handle)).isEqualTo(masked);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"张三丰, 张**", "Li Lei, L*****", "王, 王"})
  void masksNamesKeepingTheFirstCharacter(String name, String masked) {
    assertThat(Masking.name(name)).isEqualTo(masked);
  }

  @org.junit.jupiter.api.Test
  void leavesNullAlone() {
    assertThat(Masking.phone(null)).isNull();
    assertThat(Masking.email(null)).isNull();
    assertThat(Masking.handle(null)).isNull();
    assertThat(Masking.name(null)).isNull();
  }
}
