package com.huoke.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  static final Duration WINDOW = Duration.ofMinutes(15);

  MutableClock clock = new MutableClock(Instant.parse("2026-11-25T08:00:00Z"));
  SignInThrottle throttle = new SignInThrottle(5, WINDOW, clock);

  @Test
  void refusesTheSixthAttemptOfAUserWithinTheWindowUntilTheFirstFailureLapses() {
    for (int i = 0; i < 5; i++) {
      throttle.begin("wang", "10.0.0." + i);
      clock.advance(Duration.ofMinutes(1));
    }

    assertThatThrownBy(() -> throttle.begin("wang", "10.0.1.1"))
        .isInstanceOfSatisfying(
            TooManySignInAttemptsException.class,
            refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(10 * 60));

    clock.advance(Duration.ofMinutes(10));
    throttle.begin("wang", "10.0.1.1");
  }

  @Test
  void refusesAnAddressThatFailedForFiveUsers() {
    for (int i = 0; i < 5; i++) {
      throttle.begin("user" + i, "10.0.0.9");
    }

    assertThatThrownBy(() -> throttle.begin("li", "10.0.0.9"))
        .isInstanceOf(TooManySignInAttemptsException.class);
    throttle.begin("li", "10.0.0.10");
  }

  @Test
  void aSuccessForgivesTheUsersFailuresButNotTheAddresss() {
    for (int i = 0; i < 4; i++) {
      throttle.begin("wang", "10.0.0.1");
    }
    throttle.begin("wang", "10.0.0.1").succeeded();

    for (int i = 0; i < 4; i++) {
      throttle.begin("wang", "10.0.0." + (2 + i));
    }
    throttle.begin("wang", "10.0.0.7"); // the user name's 5th failure since the success: allowed

    throttle.begin("zhao", "10.0.0.1"); // the address's 5th failure
    assertThatThrownBy(() -> throttle.begin("li", "10.0.0.1"))
        .isInstanceOf(TooManySignInAttemptsException.class);
  }

  @Test
  void countsAnAttemptAsFailedWhileItsPasswordIsBeingChecked() {
    for (int i = 0; i < 5; i++) {
      throttle.begin("wang", "10.0.0." + i); // five at once, none finished yet
    }

    assertThatThrownBy(() -> throttle.begin("wang", "10.0.0.9"))
        .isInstanceOf(TooManySignInAttemptsException.class);
  }

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
