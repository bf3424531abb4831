package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.impl.util.ClockUtil;

class FeelExpressionEvaluatorTest {

  private final FeelExpressionEvaluator feel = new FeelExpressionEvaluator();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void evaluatesAgainstMapsAndListsAsContexts() {
    Map<String, Object> variables =
        Map.of("lead", Map.of("score", 72, "tags", List.of("douyin", "hot")));

    assertThat(feel.evaluate("lead.score >= 60 and list contains(lead.tags, \"hot\")", variables))
        .isEqualTo(true);
    assertThat(feel.evaluate("lead.score + 8", variables)).isEqualTo(80L);
    assertThat(feel.evaluate("{total: lead.score}", variables)).isEqualTo(Map.of("total", 72L));
  }

  @Test
  void givesJuelPlacesIsoDurationsAndDates() {
    assertThat(feel.evaluate(null, "duration(\"PT2H\")")).isEqualTo("PT2H");
    assertThat(feel.evaluate(null, "duration(\"P3D\")")).isEqualTo("PT72H");
    assertThat(feel.evaluate(null, "date and time(\"2025-03-01T08:00:00Z\")"))
        .isEqualTo(Date.from(Instant.parse("2025-03-01T08:00:00Z")));
    assertThat(feel.evaluate(null, "[\"sales\", \"sales-leads\"]"))
        .isEqualTo(List.of("sales", "sales-leads"));
  }

  @Test
  void readsTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-01-02T03:04:05Z")));

    assertThat(feel.evaluate("string(now())", Map.of())).asString().contains("2030-01-02");
  }

  @Test
  void reportsWhatWentWrong() {
    assertThatThrownBy(() -> feel.evaluate("sla.hours * 2", Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("sla.hours * 2")
        .hasMessageContaining("sla");
    assertThatThrownBy(() -> feel.evaluate("1 +", Map.of()))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("does not parse");
  }
}
