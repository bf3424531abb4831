package com.huoke.benchmark;

import io.camunda.client.annotation.JobWorker;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No-op workers for the bare-engine baseline: the lead-intake process with its job types renamed,
 * so the engine and the worker binding do the same work while the domain does none.
 */
@Configuration(proxyBeanMethods = false)
class BenchmarkWorkers {

  static final String TYPE_PREFIX = "baseline-";

  @Bean
  NoOpWorkers noOpWorkers() {
    return new NoOpWorkers();
  }

  static class NoOpWorkers {

    @JobWorker(type = TYPE_PREFIX + "score-lead", fetchVariables = "leadId")
    Map<String, Object> score() {
      return Map.of("score", 80, "hot", true);
    }

    @JobWorker(type = TYPE_PREFIX + "add-to-nurture-pool", fetchVariables = "leadId")
    void nurture() {}

    @JobWorker(type = TYPE_PREFIX + "escalate-lead", fetchVariables = "leadId")
    void escalate() {}

    @JobWorker(type = TYPE_PREFIX + "record-qualification", fetchVariables = "leadId")
    void qualify() {}
  }
}
