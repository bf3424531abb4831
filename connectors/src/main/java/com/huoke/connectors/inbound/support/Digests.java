package com.huoke.connectors.inbound.support;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The JDK's digests and MACs in the shapes webhook signatures use. */
public final class Digests {

  private static final HexFormat LOWER_HEX = HexFormat.of();

  private Digests() {}

  /** SHA-1 over the concatenation of the parts. */
  public static byte[] sha1(byte[]... parts) {
    return digest("SHA-1", parts);
  }

  /** SHA-256 over the concatenation of the parts. */
  public static byte[] sha256(byte[]... parts) {
    return digest("SHA-256", parts);
  }

  /** HMAC-SHA256 of {@code data} under {@code key}. */
  public static byte[] hmacSha256(byte[] key, byte[] data) {
    return hmac("HmacSHA256", key, data);
  }

  /** HMAC-SHA1 of {@code data} under {@code key}. */
  public static byte[] hmacSha1(byte[] key, byte[] data) {
    return hmac("HmacSHA1", key, data);
  }

  /** Lower-case hex, the form every platform here sends. */
  public static String hex(byte[] bytes) {
    return LOWER_HEX.formatHex(bytes);
  }

  private static byte[] digest(String algorithm, byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      for (byte[] part : parts) {
        digest.update(part);
      }
      return digest.digest();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Expected the JDK to provide " + algorithm + ", but it does not", e);
    }
  }

  private static byte[] hmac(String algorithm, byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "Expected the JDK to provide " + algorithm + ", but it does not", e);
    }
  }
}
