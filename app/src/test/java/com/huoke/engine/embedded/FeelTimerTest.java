package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.engine.ProcessInstance;
import com.huoke.engine.StartProcess;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.impl.util.ClockUtil;

/** A timer whose duration is FEEL over a JSON variable, evaluated by the {@code feel} bean. */
class FeelTimerTest {

  @RegisterExtension static final EmbeddedEngine engine = new EmbeddedEngine();

  @Test
  void firesWhenTheDurationComputedByFeelHasPassed() {
    engine.deploy("embedded/timer-flow.bpmn");
    String instance =
        engine
            .gateway
            .startProcess(new StartProcess("timer-flow", null, Map.of("sla", Map.of("hours", 2))))
            .processInstanceKey();

    advance(Duration.ofMinutes(119));
    assertThat(engine.runDueJobs()).isZero();

    advance(Duration.ofMinutes(2));
    assertThat(engine.runDueJobs()).isEqualTo(1);
    assertThat(engine.gateway.getProcessInstance(instance).state())
        .isEqualTo(ProcessInstance.State.COMPLETED);
  }

  private static void advance(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }
}
