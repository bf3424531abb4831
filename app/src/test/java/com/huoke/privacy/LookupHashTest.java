package com.huoke.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LookupHashTest {

  final LookupHash hash = PrivacyFixtures.lookupHash();

  @Test
  void hashesEqualValuesEquallyAsHex() {
    assertThat(hash.of("+8613800138000"))
        .isEqualTo(hash.of("+8613800138000"))
        .hasSize(64)
        .matches("[0-9a-f]+");
  }

  @Test
  void hashesDifferentValuesDifferently() {
    assertThat(hash.of("+8613800138000")).isNotEqualTo(hash.of("+8613800138001"));
  }

  @Test
  void dependsOnTheKeySoTheDatabaseAloneCannotBruteForceIt() {
    byte[] otherKey = Arrays.copyOf(PrivacyFixtures.LOOKUP_KEY, PrivacyFixtures.LOOKUP_KEY.length);
    otherKey[0] ^= 1;

    assertThat(new LookupHash(otherKey).of("+8613800138000"))
        .isNotEqualTo(hash.of("+8613800138000"));
  }

  @Test
  void leavesNullAlone() {
    assertThat(hash.of(null)).isNull();
  }
}
