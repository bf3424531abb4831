package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.SignatureRejectedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Rejects signed requests whose timestamp is too far from now, so a captured request cannot be
 * replayed later. The window is symmetric: a sender clock running ahead is tolerated as much as
 * network delay.
 */
public final class ReplayWindow {

  /** The stable rejection code. */
  public static final String CODE = "timestamp-outside-window";

  private final Clock clock;
  private final Duration tolerance;

  public ReplayWindow(Clock clock, Duration tolerance) {
    if (tolerance.isNegative() || tolerance.isZero()) {
      throw new IllegalArgumentException(
          "Expected a positive replay window, but got " + tolerance.toSeconds() + " s");
    }
    this.clock = clock;
    this.tolerance = tolerance;
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

  /** The rejection for a signed request that carries no usable timestamp. */
  public SignatureRejectedException absent(String field) {
    return new SignatureRejectedException(
        CODE,
        "Expected field '"
            + field
            + "' with the send time in epoch milliseconds, but it is absent or not a number");
  }
}
