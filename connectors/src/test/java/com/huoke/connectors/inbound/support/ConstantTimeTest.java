package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ConstantTimeTest {

  private static final byte[] DIGEST =
      HexFormat.of().parseHex("bfd92c613435da167ee59576870849b3a8e91a67");

  @Test
  void matchesHexInEitherCaseAndWithSurroundingSpace() {
    assertThat(ConstantTime.hexMatches(DIGEST, "bfd92c613435da167ee59576870849b3a8e91a67"))
        .isTrue();
    assertThat(ConstantTime.hexMatches(DIGEST, " BFD92C613435DA167EE59576870849B3A8E91A67 "))
        .isTrue();
  }

  @Test
  void rejectsOtherLengthsAndNonHex() {
    assertThat(ConstantTime.hexMatches(DIGEST, "bfd92c613435da167ee59576870849b3a8e91a")).isFalse();
    assertThat(ConstantTime.hexMatches(DIGEST, "bfd92c613435da167ee59576870849b3a8e91a6"))
        .isFalse();
    assertThat(ConstantTime.hexMatches(DIGEST, "zz")).isFalse();
    assertThat(ConstantTime.hexMatches(DIGEST, null)).isFalse();
  }

  @Test
  void comparesTextsExactly() {
    assertThat(ConstantTime.textEquals("token-1", "token-1")).isTrue();
    assertThat(ConstantTime.textEquals("token-1", "token-10")).isFalse();
    assertThat(ConstantTime.textEquals("token-1", "TOKEN-1")).isFalse();
    assertThat(ConstantTime.textEquals("token-1", null)).isFalse();
  }
}
