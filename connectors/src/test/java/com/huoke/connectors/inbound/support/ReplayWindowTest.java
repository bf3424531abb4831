package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.SignatureRejectedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  // epoch-seconds timestamps (WeChat, WeCom) and the channel setting

  private static final long EPOCH_NOW = 1_764_000_000L;
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(EPOCH_NOW), ZoneOffset.UTC);

  private final ReplayWindow defaultWindow =
      ReplayWindow.of(new ChannelCredentials(Map.of()), CLOCK, Duration.ofMinutes(5));

  @ParameterizedTest
  @ValueSource(longs = {-300, -1, 0, 1, 300})
  void acceptsEpochSecondsUpToTheDefaultWindowFromNow(long offset) {
    assertThatCode(() -> defaultWindow.checkEpochSeconds(Long.toString(EPOCH_NOW + offset)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(longs = {-301, 301, -86_400})
  void rejectsEpochSecondsOutsideTheWindow(long offset) {
    assertThatThrownBy(() -> defaultWindow.checkEpochSeconds(Long.toString(EPOCH_NOW + offset)))
        .isInstanceOfSatisfying(
            SignatureRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("timestamp-outside-window"))
        .hasMessageContaining("within 300 s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.5", "", "99999999999999999999", "-9223372036854775808"})
  void rejectsTimestampsThatAreNotEpochSeconds(String timestamp) {
    assertThatThrownBy(() -> defaultWindow.checkEpochSeconds(timestamp))
        .isInstanceOfSatisfying(
            SignatureRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("timestamp-outside-window"));
  }

  @Test
  void usesTheWindowTheChannelConfigures() {
    ReplayWindow window =
        ReplayWindow.of(
            new ChannelCredentials(Map.of(ReplayWindow.SETTING, "60")), CLOCK, Duration.ofHours(1));

    assertThatCode(() -> window.checkEpochSeconds(Long.toString(EPOCH_NOW - 60)))
        .doesNotThrowAnyException();
    assertThatCode(() -> window.checkEpochSeconds(Long.toString(EPOCH_NOW + 60)))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> window.checkEpochSeconds(Long.toString(EPOCH_NOW - 61)))
        .isInstanceOf(SignatureRejectedException.class);
    assertThatThrownBy(() -> window.checkEpochSeconds(Long.toString(EPOCH_NOW + 61)))
        .isInstanceOf(SignatureRejectedException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "five"})
  void refusesAWindowSettingThatIsNotAPositiveNumberOfSeconds(String setting) {
    assertThatThrownBy(
            () ->
                ReplayWindow.of(
                    new ChannelCredentials(Map.of(ReplayWindow.SETTING, setting)),
                    CLOCK,
                    Duration.ofHours(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ReplayWindow.SETTING);
  }
}
