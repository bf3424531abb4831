package com.huoke.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed hash (HMAC-SHA256, hex) of a normalised value, stored beside its ciphertext so that equal
 * phones, e-mails or WeChat ids can be found without decrypting, and cannot be brute-forced from
 * the database alone.
 */
public final class LookupHash {

  private final SecretKeySpec key;

  LookupHash(byte[] key) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  /** The hash of an already normalised value; {@code null} stays {@code null}. */
  public String of(String normalisedValue) {
    if (normalisedValue == null) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of()
          .formatHex(mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
