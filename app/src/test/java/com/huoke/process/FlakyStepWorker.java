package com.huoke.process;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.exception.CamundaError;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test-only worker for job type {@code test-flaky-step}: while {@link #FAILING} is set it fails
 * with no retries left, as the lead workers do for an unknown lead, so the engine raises an
 * incident at once; once cleared, a retried job completes.
 */
public class FlakyStepWorker {

  public static final AtomicBoolean FAILING = new AtomicBoolean(true);
  public static final String FAILURE = "短信网关不可用 (SMS gateway unavailable)";

  @JobWorker(type = "test-flaky-step")
  public Map<String, Object> run() {
    if (FAILING.get()) {
      throw CamundaError.jobError(FAILURE, null, 0);
    }
    return Map.of("stepDone", true);
  }
}
