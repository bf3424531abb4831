package com.huoke.connectors.weixin;

import com.huoke.connectors.inbound.SignatureRejectedException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import me.chanjar.weixin.common.util.crypto.SHA1;

/**
 * The platforms' callback signature: lower-case hex SHA-1 over the values sorted and concatenated,
 * e.g. {@code sha1(sort([token, timestamp, nonce, encrypt]))}.
 */
public final class WeixinSignature {

  private WeixinSignature() {}

  /** The signature of the given values (none may be empty). */
  public static String of(String... values) {
    // WxJava's SHA1.gen sorts the array it is given, so it gets a copy.
    return SHA1.gen(values.clone());
  }

  /**
   * Checks a received signature in constant time.
   *
   * @param parameter the query parameter it came in, for the rejection message
   * @throws SignatureRejectedException {@code signature-mismatch} when it does not match
   */
  public static void check(String parameter, String received, String... values) {
    byte[] expected = of(values).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = received.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, actual)) {
      // Never say what was expected: that would be a valid signature for the attacker's values.
      throw new SignatureRejectedException(
          "signature-mismatch",
          "Expected "
              + parameter
              + " to be the SHA-1 of the channel token and the signed values, but it is not");
    }
  }
}
