package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.SignatureRejectedException;

/** The rejections every receiver gives for a missing or wrong proof, with stable codes. */
public final class SignatureRejections {

  /** The signature header is absent or empty. */
  public static final String SIGNATURE_MISSING = "signature-missing";

  /** The signature does not match the body. */
  public static final String SIGNATURE_MISMATCH = "signature-mismatch";

  /** The shared-secret token in the URL is absent or wrong. */
  public static final String TOKEN_MISMATCH = "token-mismatch";

  private SignatureRejections() {}

  /** The request lacks the header that carries the signature. */
  public static SignatureRejectedException missing(String header) {
    return new SignatureRejectedException(
        SIGNATURE_MISSING, "Expected a signature in header " + header + ", but it is absent");
  }

  /**
   * The signature does not match.
   *
   * @param scheme how the signature is computed, without any secret, e.g. {@code
   *     hex(HmacSHA256(secret, body))}
   */
  public static SignatureRejectedException mismatch(String header, String scheme) {
    return new SignatureRejectedException(
        SIGNATURE_MISMATCH,
        "Expected header " + header + " to be " + scheme + ", but it does not match");
  }
}
