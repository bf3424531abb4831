package com.huoke.workers.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  private final EmbeddedWorkerProperties.RetryBackoff backoff =
      new EmbeddedWorkerProperties.RetryBackoff(Duration.ofSeconds(1), 3.0, Duration.ofSeconds(20));

  @Test
  void growsExponentiallyFromTheInitialBackoff() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(3));
    assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void neverExceedsTheMaximum() {
    assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(20));
    assertThat(backoff.after(100)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void rejectsAMultiplierBelowOne() {
    assertThatThrownBy(
            () ->
                new EmbeddedWorkerProperties.RetryBackoff(
                    Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2)))
        .hasMessageContaining("multiplier");
  }
}
