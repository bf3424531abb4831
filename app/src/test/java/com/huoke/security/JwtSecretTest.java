package com.huoke.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSecretTest {

  @TempDir Path dir;

  @Test
  void generatesTheKeyIntoTheKeyFileOnceWhenNoneIsConfigured() {
    Path file = dir.resolve("security-keys.properties");

    SecretKey first = JwtSecret.from(properties(null, file));
    SecretKey second = JwtSecret.from(properties(null, file));

    assertThat(Files.exists(file)).isTrue();
    assertThat(first.getEncoded()).hasSize(32).isEqualTo(second.getEncoded());
  }

  @Test
  void usesTheConfiguredSecretAndWritesNoFile() {
    Path file = dir.resolve("security-keys.properties");

    SecretKey key =
        JwtSecret.from(
            properties("dGVzdC1vbmx5LWp3dC1zaWduaW5nLWtleS0zMi1ieXRlcy1sb25nIQ==", file));

    assertThat(key.getEncoded()).hasSize(40);
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void refusesAShortOrMalformedSecret() {
    assertThatThrownBy(() -> JwtSecret.from(properties("c2hvcnQ=", dir.resolve("x"))))
        .hasMessageContaining("at least 32 bytes");
    assertThatThrownBy(() -> JwtSecret.from(properties("not base64!", dir.resolve("x"))))
        .hasMessageContaining("base64");
  }

  private static AuthProperties properties(String secret, Path keyFile) {
    return new AuthProperties(
        secret,
        keyFile,
        Duration.ofMinutes(15),
        Duration.ofDays(14),
        new AuthProperties.InitialAdmin("admin", "管理员", null),
        new AuthProperties.SignInLimit(5, Duration.ofMinutes(15)));
  }
}
