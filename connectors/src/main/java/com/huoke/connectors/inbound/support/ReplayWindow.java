package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.SignatureRejectedException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Rejects signed requests whose timestamp is too far from now, so a captured request cannot be
 * replayed later. The window is symmetric: a sender clock running ahead is tolerated as much as
 * network delay. Every platform that signs a timestamp uses this one check; a channel may widen or
 * narrow its window with the {@value #SETTING} setting.
 */
public final class ReplayWindow {

  /** The stable rejection code. */
  public static final String CODE = "timestamp-outside-window";

  /** The optional channel setting that overrides a platform's default window, in seconds. */
  public static final String SETTING = "replayWindowSeconds";

  private final Clock clock;
  private final Duration tolerance;

  public ReplayWindow(Clock clock, Duration tolerance) {
    Objects.requireNonNull(clock, "clock");
    if (tolerance.isNegative() || tolerance.isZero()) {
      throw new IllegalArgumentException(
          "Expected a positive replay window, but got " + tolerance.toSeconds() + " s");
    }
    this.clock = clock;
    this.tolerance = tolerance;
  }

  /**
   * The window a channel configures with {@value #SETTING}, or {@code platformDefault}.
   *
   * @throws IllegalStateException the setting is not a positive number of seconds (a configuration
   *     error, not the sender's)
   */
  public static ReplayWindow of(
      ChannelCredentials credentials, Clock clock, Duration platformDefault) {
    String configured = credentials.optional(SETTING);
    if (configured == null) {
      return new ReplayWindow(clock, platformDefault);
    }
    if (!configured.strip().matches("[1-9]\\d{0,8}")) {
      throw new IllegalStateException(
          "Expected channel setting '"
              + SETTING
              + "' to be a positive number of seconds, but it is '"
              + Texts.abbreviate(configured)
              + "'");
    }
    return new ReplayWindow(clock, Duration.ofSeconds(Long.parseLong(configured.strip())));
  }

  /** How the setting appears among a receiver's credentials. */
  public static CredentialSpec credentialSpec(String description) {
    return CredentialSpec.optionalSetting(SETTING, description);
  }

  public Duration tolerance() {
    return tolerance;
  }

  /** Passes when {@code sentAt} is within the window around now. */
  public void check(Instant sentAt) {
    Instant now = clock.instant();
    Duration skew = Duration.between(sentAt, now);
    if (skew.abs().compareTo(tolerance) > 0) {
      throw new SignatureRejectedException(
          CODE,
          "Expected a timestamp within "
              + tolerance.toSeconds()
              + " s of now, but it is "
              + skew.abs().toSeconds()
              + " s "
              + (skew.isNegative() ? "in the future" : "old"));
    }
  }

  /** Passes when {@code epochSeconds} is a number of seconds within the window around now. */
  public void checkEpochSeconds(String epochSeconds) {
    Instant sentAt;
    try {
      sentAt = Instant.ofEpochSecond(Long.parseLong(epochSeconds));
    } catch (NumberFormatException | DateTimeException e) {
      throw new SignatureRejectedException(
          CODE,
          "Expected the timestamp in epoch seconds, but it is '"
              + Texts.abbreviate(epochSeconds)
              + "'");
    }
    check(sentAt);
  }

  /** The rejection for a signed request that carries no usable timestamp. */
  public SignatureRejectedException absent(String field) {
    return new SignatureRejectedException(
        CODE,
        "Expected field '"
            + field
            + "' with the send time in epoch milliseconds, but it is absent or not a number");
  }
}
