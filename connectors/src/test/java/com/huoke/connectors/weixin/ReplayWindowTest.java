package com.huoke.connectors.weixin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.SignatureRejectedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayWindowTest {

  private static final long NOW = 1_764_000_000L;
  private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);

  private final ReplayWindow defaultWindow =
      ReplayWindow.of(new ChannelCredentials(Map.of()), CLOCK);

  @ParameterizedTest
  @ValueSource(longs = {-300, -1, 0, 1, 300})
  void acceptsTimestampsUpToFiveMinutesFromNowByDefault(long offset) {
    assertThatCode(() -> defaultWindow.check(Long.toString(NOW + offset)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(longs = {-301, 301, -86_400})
  void rejectsTimestampsOutsideTheWindow(long offset) {
    assertThatThrownBy(() -> defaultWindow.check(Long.toString(NOW + offset)))
        .isInstanceOfSatisfying(
            SignatureRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("timestamp-outside-window"))
        .hasMessageContaining("within 300 s");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.5", "", "99999999999999999999", "-9223372036854775808"})
  void rejectsTimestampsThatAreNotEpochSeconds(String timestamp) {
    assertThatThrownBy(() -> defaultWindow.check(timestamp))
        .isInstanceOfSatisfying(
            SignatureRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("timestamp-outside-window"));
  }

  @Test
  void usesTheWindowTheChannelConfigures() {
    ReplayWindow window =
        ReplayWindow.of(new ChannelCredentials(Map.of(ReplayWindow.SETTING, "60")), CLOCK);

    assertThatCode(() -> window.check(Long.toString(NOW - 60))).doesNotThrowAnyException();
    assertThatCode(() -> window.check(Long.toString(NOW + 60))).doesNotThrowAnyException();
    assertThatThrownBy(() -> window.check(Long.toString(NOW - 61)))
        .isInstanceOf(SignatureRejectedException.class);
    assertThatThrownBy(() -> window.check(Long.toString(NOW + 61)))
        .isInstanceOf(SignatureRejectedException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "five"})
  void refusesAWindowSettingThatIsNotAPositiveNumberOfSeconds(String setting) {
    assertThatThrownBy(
            () ->
                ReplayWindow.of(
                    new ChannelCredentials(Map.of(ReplayWindow.SETTING, setting)), CLOCK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(ReplayWindow.SETTING);
  }
}
