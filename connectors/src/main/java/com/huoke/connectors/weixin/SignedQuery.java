package com.huoke.connectors.weixin;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.support.ReplayWindow;
import java.time.Clock;
import java.time.Duration;

/**
 * The signature, timestamp and nonce that WeChat and WeCom put in the query string of every
 * callback.
 *
 * @param parameter the signature's parameter name: {@code signature} or {@code msg_signature}
 */
public record SignedQuery(String parameter, String signature, String timestamp, String nonce) {

  /** How far a callback's timestamp may be from now unless the channel sets its own window. */
  public static final Duration DEFAULT_REPLAY_TOLERANCE = Duration.ofMinutes(5);

  /** The channel's replay window for WeChat and WeCom callbacks. */
  public static ReplayWindow replayWindow(ChannelCredentials credentials, Clock clock) {
    return ReplayWindow.of(credentials, clock, DEFAULT_REPLAY_TOLERANCE);
  }

  /** How the replay-window setting appears among a WeChat or WeCom receiver's credentials. */
  public static CredentialSpec replayWindowSetting() {
    return ReplayWindow.credentialSpec(
        "How many seconds a callback's timestamp may differ from the server clock (default "
            + DEFAULT_REPLAY_TOLERANCE.toSeconds()
            + ")");
  }

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
    window.checkEpochSeconds(timestamp);
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
