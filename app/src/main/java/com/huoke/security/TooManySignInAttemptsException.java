package com.huoke.security;

import java.time.Duration;

/** Too many failed sign-ins: answered 429 with {@code Retry-After}. */
class TooManySignInAttemptsException extends RuntimeException {

  private final Duration retryAfter;

  TooManySignInAttemptsException(Duration retryAfter) {
    super(
        "Expected fewer failed sign-ins, but there were too many: try again in %d seconds"
            .formatted(seconds(retryAfter)));
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, rounded up so a client waiting that long is let in. */
  long retryAfterSeconds() {
    return seconds(retryAfter);
  }

  private static long seconds(Duration duration) {
    return Math.max(1, (duration.toMillis() + 999) / 1000);
  }
}
