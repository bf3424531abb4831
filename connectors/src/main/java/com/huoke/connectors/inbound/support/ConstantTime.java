package com.huoke.connectors.inbound.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Comparisons of secrets and signatures whose running time does not depend on where the inputs
 * differ, so a caller cannot learn a signature or token byte by byte.
 */
public final class ConstantTime {

  private ConstantTime() {}

  /**
   * Whether {@code providedHex} (either case, surrounding spaces ignored) encodes {@code expected};
   * {@code false} when it is absent or not hex.
   */
  public static boolean hexMatches(byte[] expected, String providedHex) {
    if (providedHex == null) {
      return false;
    }
    byte[] provided;
    try {
      provided = HexFormat.of().parseHex(providedHex.trim());
    } catch (IllegalArgumentException notHex) {
      return false;
    }
    return MessageDigest.isEqual(provided, expected);
  }

  /**
   * Whether two texts are equal. Both are hashed first so that the comparison takes the same time
   * whatever their lengths, which would otherwise hint at the secret's length.
   */
  public static boolean textEquals(String expected, String provided) {
    if (expected == null || provided == null) {
      return false;
    }
    return MessageDigest.isEqual(
        Digests.sha256(provided.getBytes(StandardCharsets.UTF_8)),
        Digests.sha256(expected.getBytes(StandardCharsets.UTF_8)));
  }
}
