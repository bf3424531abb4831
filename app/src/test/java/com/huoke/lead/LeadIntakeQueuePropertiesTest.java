package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LeadIntakeQueuePropertiesTest {

  final LeadIntakeQueueProperties properties =
      new LeadIntakeQueueProperties(
          true,
          2,
          20,
          Duration.ofSeconds(1),
          5,
          Duration.ofSeconds(5),
          Duration.ofSeconds(30),
          Duration.ofSeconds(30));

  @Test
  void doublesTheBackoffWithEveryFailedAttemptUpToTheMaximum() {
    assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(properties.backoffAfter(3)).isEqualTo(Duration.ofSeconds(20));
    assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.backoffAfter(50)).isEqualTo(Duration.ofSeconds(30));
  }
}
