package com.huoke.workers.embedded;

import static com.huoke.workers.embedded.fixture.TestProcesses.WAIT;
import static com.huoke.workers.embedded.fixture.TestProcesses.externalTask;
import static com.huoke.workers.embedded.fixture.TestProcesses.externalTaskCatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MetricsTest extends EmbeddedBindingTest {

  @Autowired MeterRegistry meterRegistry;

  @Test
  void countsJobInvocationsUnderCamundaMetricNameAndTags() {
    deploy(
        externalTask("metered", "metered", Map.of(TranslationConventions.RETRIES_PROPERTY, "1")));
    deploy(externalTaskCatching("metered-error", "metered", "REJECTED"));

    String completed = start("metered", Map.of("outcome", "complete"));
    start("metered-error", Map.of("outcome", "bpmn-error"));
    start("metered", Map.of("outcome", "fail"));

    awaitAt(completed, WAIT);
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              assertThat(count("activated")).isEqualTo(3);
              assertThat(count("completed")).isEqualTo(1);
              assertThat(count("bpmn-error")).isEqualTo(1);
              assertThat(count("failed")).isEqualTo(1);
            });
  }

  private double count(String action) {
    var counter =
        meterRegistry
            .find("camunda.job.invocations")
            .tags("action", action, "type", "metered")
            .counter();
    return counter == null ? 0 : counter.count();
  }
}
