package com.huoke.workers.embedded;

import static com.huoke.workers.embedded.fixture.TestProcesses.TASK;
import static com.huoke.workers.embedded.fixture.TestProcesses.WAIT;
import static com.huoke.workers.embedded.fixture.TestProcesses.externalTask;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputVariablesTest extends EmbeddedBindingTest {

  @Test
  void passesTaskHeadersAsCustomHeadersWithoutReservedProperties() {
    deploy(
        externalTask(
            "headers",
            "inspect-headers",
            Map.of("channel", "wecom", "template", "welcome-day-1", "huoke.retries", "5")));

    String instance = start("headers", Map.of());

    awaitAt(instance, WAIT);
    assertThat(workers.seen.get(instance))
        .isEqualTo(Map.of("channel", "wecom", "template", "welcome-day-1"));
  }

  @Test
  void fetchesOnlyTheVariablesTheWorkerLists() {
    deploy(externalTask("fetch-some", "inspect-job", Map.of()));

    String instance = start("fetch-some", Map.of("wanted", "yes", "unwanted", "no"));

    awaitAt(instance, WAIT);
    assertThat(workers.seen.get(instance + ":variables")).isEqualTo(Map.of("wanted", "yes"));
  }

  @Test
  void activatedJobDescribesTheExternalTask() {
    deploy(externalTask("describe-job", "inspect-job", Map.of("huoke.retries", "7")));

    String instance = start("describe-job", Map.of("wanted", 1));

    awaitAt(instance, WAIT);
    ActivatedJob job = (ActivatedJob) workers.seen.get(instance);
    assertThat(job.getType()).isEqualTo("inspect-job");
    assertThat(job.getBpmnProcessId()).isEqualTo("describe-job");
    assertThat(job.getElementId()).isEqualTo(TASK);
    assertThat(job.getProcessDefinitionVersion()).isEqualTo(1);
    assertThat(job.getRetries()).isEqualTo(7);
    assertThat(job.getWorker()).isEqualTo("testWorkers#inspectJob");
    assertThat(job.getVariable("wanted")).isEqualTo(1);
    assertThat(job.getCustomHeaders()).isEmpty();
    assertThatThrownBy(job::getProcessInstanceKey)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining(instance)
        .hasMessageContaining("String");
  }
}
