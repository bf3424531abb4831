package com.huoke.workers.embedded;

import static com.huoke.workers.embedded.fixture.TestProcesses.WAIT;
import static com.huoke.workers.embedded.fixture.TestProcesses.externalTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.history.HistoricExternalTaskLog;

class LockAndConcurrencyTest extends EmbeddedBindingTest {

  @Test
  void jobIsDeliveredAgainWhenItsLockExpires() {
    deploy(externalTask("lock-expiry", "slow-lock", Map.of()));

    String instance = start("lock-expiry", Map.of());

    awaitAt(instance, WAIT);
    String jobId =
        historyService
            .createHistoricExternalTaskLogQuery()
            .processInstanceId(instance)
            .list()
            .stream()
            .map(HistoricExternalTaskLog::getExternalTaskId)
            .findFirst()
            .orElseThrow();
    assertThat(workers.deliveries.get(jobId)).hasValue(2);
    // both deliveries hold the same job under the same worker id, as in Zeebe; whichever completes
    // first moves the instance on, the other's outcome is dropped
    assertThat(variablesOf(instance)).containsKey("delivery");
  }

  @Test
  void noMoreThanMaxJobsActiveJobsAreLockedOrRunningAtOnce() {
    deploy(externalTask("bounded", "bounded", Map.of()));

    List<String> instances =
        IntStream.range(0, 6).mapToObj(i -> start("bounded", Map.of())).toList();

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(workers.inFlight).hasValue(2));
    assertThat(externalTaskService.createExternalTaskQuery().topicName("bounded").locked().count())
        .as("a fetch asks only for free slots")
        .isEqualTo(2);
    workers.boundedGate.countDown();
    instances.forEach(instance -> awaitAt(instance, WAIT));
    assertThat(workers.mostInFlight).hasValue(2);
  }
}
