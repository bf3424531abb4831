package com.huoke.connectors.weixin;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.SignatureRejectedException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far a callback's signed {@code timestamp} may be from now. The signature covers the
 * timestamp, so a captured request cannot be replayed once it has left the window.
 *
 * @param clock the receiver's clock
 * @param tolerance the largest accepted distance from now, in either direction
 */
public record ReplayWindow(Clock clock, Duration tolerance) {

  /** The optional channel setting that overrides {@link #DEFAULT_TOLERANCE}, in seconds. */
  public static final String SETTING = "replayWindowSeconds";

  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  public ReplayWindow {
    Objects.requireNonNull(clock, "clock");
    if (tolerance.isNegative() || tolerance.isZero()) {
      throw new IllegalArgumentException("Expected a positive tolerance, but got " + tolerance);
    }
  }

  /** How the setting appears among a receiver's credentials. */
  public static CredentialSpec credentialSpec() {
    return CredentialSpec.optionalSetting(
        SETTING,
        "How many seconds a callback's timestamp may differ from the server clock (default "
            + DEFAULT_TOLERANCE.toSeconds()
            + ")");
  }

  /** The window a channel configures, or the default one. */
  public static ReplayWindow of(ChannelCredentials credentials, Clock clock) {
    String configured = credentials.optional(SETTING);
    if (configured == null) {
      return new ReplayWindow(clock, DEFAULT_TOLERANCE);
    }
    try {
      long seconds = Long.parseLong(configured.strip());
      if (seconds > 0) {
        return new ReplayWindow(clock, Duration.ofSeconds(seconds));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalStateException(
        "Expected channel setting '"
            + SETTING
            + "' as a positive number of seconds, but it is '"
            + WeixinFields.abbreviate(configured)
            + "'");
  }

  /**
   * @throws SignatureRejectedException {@code timestamp-outside-window} when the epoch-seconds
   *     timestamp is not a number or too far from now
   */
  public void check(String timestamp) {
    Instant now = clock.instant();
    Instant sent;
    try {
      sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
    } catch (NumberFormatException | DateTimeException e) {
      throw outside(
          "'" + WeixinFields.abbreviate(timestamp) + "', which is not epoch seconds", now);
    }
    if (Duration.between(sent, now).abs().compareTo(tolerance) > 0) {
      throw outside(sent.toString(), now);
    }
  }

  private SignatureRejectedException outside(String sent, Instant now) {
    return new SignatureRejectedException(
        "timestamp-outside-window",
        "Expected timestamp within "
            + tolerance.toSeconds()
            + " s of "
            + now
            + ", but it is "
            + sent);
  }
}
