package com.huoke.workers.embedded;

import static com.huoke.workers.embedded.fixture.TestProcesses.WAIT;
import static com.huoke.workers.embedded.fixture.TestProcesses.externalTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputVariablesTest extends EmbeddedBindingTest {

  @Test
  void completesJobWithTheMapTheWorkerReturns() {
    deploy(externalTask("output-map", "greet", Map.of()));

    String instance = start("output-map", Map.of("name", "王芳"));

    awaitAt(instance, WAIT);
    assertThat(variablesOf(instance)).containsEntry("greeting", "你好, 王芳");
  }

  @Test
  void completesJobWithTheRecordTheWorkerReturnsAsVariables() {
    deploy(externalTask("output-record", "score", Map.of()));

    String instance = start("output-record", Map.of("name", "李雷", "visits", 4, "utm", "douyin"));

    awaitAt(instance, WAIT);
    assertThat(variablesOf(instance))
        .containsEntry("score", 80)
        .containsEntry("grade", "hot")
        .containsEntry("reasons", List.of("visits=4"));
  }
}
