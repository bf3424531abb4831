package com.huoke.connectors.baidu;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.support.ConstantTime;
import com.huoke.connectors.inbound.support.SignatureRejections;

/**
 * Baidu publishes no signature for its lead push, so the push URL configured on Baidu carries a
 * shared secret: {@code ?token=…}, compared in constant time.
 */
public final class BaiduUrlToken {

  /** The query parameter that carries the token. */
  public static final String PARAMETER = "token";

  private final String token;

  public BaiduUrlToken(String token) {
    this.token = token;
  }

  /**
   * Passes when the request's {@code token} parameter equals the channel's token.
   *
   * @throws SignatureRejectedException {@code token-mismatch} when it is absent or different
   */
  public void verify(InboundRequest request) {
    String provided = request.query(PARAMETER);
    if (provided == null || provided.isEmpty()) {
      throw new SignatureRejectedException(
          SignatureRejections.TOKEN_MISMATCH,
          "Expected the channel's token in query parameter " + PARAMETER + ", but it is absent");
    }
    if (!ConstantTime.textEquals(token, provided)) {
      throw new SignatureRejectedException(
          SignatureRejections.TOKEN_MISMATCH,
          "Expected query parameter " + PARAMETER + " to be the channel's token, but it differs");
    }
  }
}
