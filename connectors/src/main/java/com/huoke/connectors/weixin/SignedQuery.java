package com.huoke.connectors.weixin;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.SignatureRejectedException;

/**
 * The signature, timestamp and nonce that WeChat and WeCom put in the query string of every
 * callback.
 *
 * @param parameter the signature's parameter name: {@code signature} or {@code msg_signature}
 */
public record SignedQuery(String parameter, String signature, String timestamp, String nonce) {

  /**
   * @throws SignatureRejectedException {@code signature-missing} when one of the three is absent
   */
  public static SignedQuery read(InboundRequest request, String parameter) {
    return new SignedQuery(
        parameter,
        require(request, parameter),
        require(request, "timestamp"),
        require(request, "nonce"));
  }

  /**
   * Checks the signature over the token, timestamp, nonce and the extra signed values, then that
   * the timestamp is inside the replay window.
   */
  public void verify(String token, ReplayWindow window, String... signedValues) {
    String[] values = new String[3 + signedValues.length];
    values[0] = token;
    values[1] = timestamp;
    values[2] = nonce;
    System.arraycopy(signedValues, 0, values, 3, signedValues.length);
    WeixinSignature.check(parameter, signature, values);
    window.check(timestamp);
  }

  /** A query parameter the signature depends on. */
  public static String require(InboundRequest request, String name) {
    String value = request.query(name);
    if (value == null || value.isEmpty()) {
      throw new SignatureRejectedException(
          "signature-missing", "Expected query parameter " + name + ", but it is missing");
    }
    return value;
  }
}
