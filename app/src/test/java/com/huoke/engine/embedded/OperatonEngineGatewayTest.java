package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.PublishMessage;
import com.huoke.engine.StartProcess;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OperatonEngineGatewayTest {

  private static EmbeddedEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = new EmbeddedEngine();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @AfterEach
  void reset() {
    engine.reset();
  }

  @Test
  void hotLeadWaitsInQualifyTaskUntilWithdrawn() {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    ProcessInstanceRef instance =
        engine.gateway.startProcess(
            new StartProcess("lead-flow", "lead-1", Map.of("lead", Map.of("id", "L1"))));
    engine.completeJob("score-lead", Map.of("lead", Map.of("id", "L1", "score", 80)));

    List<UserTask> tasks =
        engine.gateway.searchUserTasks(
            UserTaskQuery.ofProcessInstance(instance.processInstanceKey()));
    assertThat(tasks)
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.elementId()).isEqualTo("UserTask_Qualify");
              assertThat(task.candidateGroups()).containsExactly("sales");
              assertThat(task.formId()).isEqualTo("qualify-lead");
            });

    engine.gateway.publishMessage(
        new PublishMessage("lead-withdrawn", "L1", Duration.ZERO, null, Map.of("reason", "spam")));

    assertThat(engine.gateway.getVariables(instance.processInstanceKey()))
        .containsEntry("reason", "spam")
        .containsEntry("lead", Map.of("id", "L1", "score", 80));
    assertThat(engine.gateway.getElementInstances(instance.processInstanceKey()))
        .extracting(e -> e.elementId() + ":" + e.state())
        .contains("UserTask_Qualify:TERMINATED", "End_Withdrawn:COMPLETED");
  }
}
