package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.SignatureRejectedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayWindowTest {

  private static final Instant NOW = Instant.parse("2025-11-25T06:00:00Z");
  private final ReplayWindow window =
      new ReplayWindow(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

  @Test
  void acceptsTimestampsAtBothEdgesOfTheWindow() {
    assertThatCode(() -> window.check(NOW.minusSeconds(300))).doesNotThrowAnyException();
    assertThatCode(() -> window.check(NOW.plusSeconds(300))).doesNotThrowAnyException();
  }

  @Test
  void rejectsTimestampJustTooOld() {
    assertThatThrownBy(() -> window.check(NOW.minusMillis(300_001)))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "timestamp-outside-window")
        .hasMessage("Expected a timestamp within 300 s of now, but it is 300 s old");
  }

  @Test
  void rejectsTimestampFromTheFarFuture() {
    assertThatThrownBy(() -> window.check(Instant.ofEpochMilli(Long.MAX_VALUE)))
        .hasFieldOrPropertyWithValue("code", "timestamp-outside-window")
        .hasMessageContaining("in the future");
  }

  @Test
  void refusesAnEmptyWindow() {
    assertThatThrownBy(() -> new ReplayWindow(Clock.systemUTC(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
