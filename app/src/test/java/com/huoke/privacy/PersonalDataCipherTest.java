package com.huoke.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

  final PersonalDataCipher cipher = PrivacyFixtures.cipher();

  @Test
  void decryptsWhatItEncrypted() {
    String stored = cipher.encrypt("+8613800138000");

    assertThat(stored).startsWith("v1:").doesNotContain("13800138000");
    assertThat(cipher.decrypt(stored)).isEqualTo("+8613800138000");
  }

  @Test
  void encryptsTheSameValueDifferentlyEachTime() {
    assertThat(cipher.encrypt("wang@example.cn")).isNotEqualTo(cipher.encrypt("wang@example.cn"));
  }

  @Test
  void keepsUnicode() {
    assertThat(cipher.decrypt(cipher.encrypt("王小明 wxm_2026"))).isEqualTo("王小明 wxm_2026");
  }

  @Test
  void passesValuesFromBeforeEncryptionThrough() {
    assertThat(cipher.decrypt("13800138000")).isEqualTo("13800138000");
    assertThat(cipher.decrypt(null)).isNull();
    assertThat(cipher.encrypt(null)).isNull();
  }

  @Test
  void refusesATamperedValue() {
    String stored = cipher.encrypt("+8613800138000");
    char last = stored.charAt(stored.length() - 3);
    String tampered =
        stored.substring(0, stored.length() - 3)
            + (last == 'A' ? 'B' : 'A')
            + stored.substring(stored.length() - 2);

    assertThatThrownBy(() -> cipher.decrypt(tampered))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("encryption-key");
  }

  @Test
  void cannotBeReadWithAnotherKey() {
    byte[] otherKey = Arrays.copyOf(PrivacyFixtures.ENCRYPTION_KEY, 32);
    otherKey[0] ^= 1;
    String stored = cipher.encrypt("+8613800138000");

    assertThatThrownBy(() -> new PersonalDataCipher(otherKey).decrypt(stored))
        .isInstanceOf(IllegalStateException.class);
  }
}
