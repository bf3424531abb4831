package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.engine.StartProcess;
import com.huoke.engine.UserTaskQuery;
import io.micrometer.core.instrument.Counter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EngineMetricsTest {

  @RegisterExtension static final EmbeddedEngine engine = new EmbeddedEngine();

  @Test
  void countsInstancesStartedAndCompletedPerProcess() {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    String completed = start("L1");
    engine.completeJob("score-lead", Map.of("lead", Map.of("id", "L1", "score", 90)));
    engine.gateway.completeUserTask(
        engine
            .gateway
            .searchUserTasks(UserTaskQuery.ofProcessInstance(completed))
            .get(0)
            .userTaskKey(),
        Map.of());
    String canceled = start("L2");
    engine.gateway.cancelProcessInstance(canceled);

    assertThat(count(EngineMetrics.STARTED, "lead-flow")).isEqualTo(2);
    assertThat(count(EngineMetrics.COMPLETED, "lead-flow")).isEqualTo(1);
  }

  @Test
  void countsIncidentsPerProcessAndType() {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    start("L1");
    engine.failJob("score-lead", "boom");

    Counter incidents =
        engine
            .engine
            .meterRegistry()
            .find(EngineMetrics.INCIDENTS)
            .tag(EngineMetrics.PROCESS_ID_TAG, "lead-flow")
            .tag(EngineMetrics.TYPE_TAG, "JOB_NO_RETRIES")
            .counter();
    assertThat(incidents).isNotNull();
    assertThat(incidents.count()).isEqualTo(1);
  }

  @Test
  void doesNotCountAStartThatRolledBack() {
    engine.deploy("embedded/timer-flow.bpmn");
    try {
      engine.gateway.startProcess(new StartProcess("timer-flow", null, Map.of()));
    } catch (RuntimeException expected) {
      // the FEEL timer has no 'sla' to read
    }

    assertThat(count(EngineMetrics.STARTED, "timer-flow")).isZero();
  }

  private static String start(String leadId) {
    return engine
        .gateway
        .startProcess(new StartProcess("lead-flow", leadId, Map.of("lead", Map.of("id", leadId))))
        .processInstanceKey();
  }

  private static double count(String name, String processId) {
    Counter counter =
        engine
            .engine
            .meterRegistry()
            .find(name)
            .tag(EngineMetrics.PROCESS_ID_TAG, processId)
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
