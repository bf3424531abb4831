package com.huoke.security;

import com.huoke.privacy.KeyFile;
import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HS256 key access tokens are signed and checked with: {@code huoke.security.jwt-secret} when
 * set (server mode, the same on every node), otherwise a key generated into {@code
 * huoke.security.key-file} on first start, the way the personal-data keys are.
 */
final class JwtSecret {

  static final String ALGORITHM = "HmacSHA256";
  private static final String KEY_NAME = "jwt-secret";
  private static final int MIN_BYTES = 32;

  private JwtSecret() {}

  static SecretKey from(AuthProperties properties) {
    byte[] secret =
        properties.jwtSecret() == null || properties.jwtSecret().isBlank()
            ? KeyFile.readOrGenerate(
                    properties.keyFile(),
                    "token-signing key",
                    "huoke.security.jwt-secret (HUOKE_SECURITY_JWT_SECRET)",
                    List.of(KEY_NAME))
                .get(KEY_NAME)
            : decode(properties.jwtSecret());
    if (secret.length < MIN_BYTES) {
      // HS256 with a shorter key is guessable; Nimbus refuses it too, less clearly
      throw new IllegalStateException(
          "Expected huoke.security.jwt-secret to be at least %d bytes (base64), but it is %d"
              .formatted(MIN_BYTES, secret.length));
    }
    return new SecretKeySpec(secret, ALGORITHM);
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Expected huoke.security.jwt-secret to be base64 (e.g. from `openssl rand -base64 32`),"
              + " but it is not: "
              + e.getMessage(),
          e);
    }
  }
}
