package com.huoke.processtest;

import com.huoke.workers.embedded.TranslationConventions;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.runtime.Job;

/**
 * Plays the job executor and the mocked workers, one after the other, until nothing is left to do:
 * every due engine job ran and every job of a mocked type was handled. Deterministic, and bounded
 * in time so a process that loops forever fails the test instead of hanging it.
 */
final class EngineDriver {

  private static final String WORKER_ID = "process-test-driver";
  private static final long LOCK_MILLIS = Duration.ofMinutes(5).toMillis();
  private static final int MAX_PASSES = 10_000;

  private final ManagementService management;
  private final ExternalTaskService externalTasks;
  private final Map<String, JobWorkerMock> mocks = new LinkedHashMap<>();
  private final Duration idleTimeout;

  EngineDriver(ProcessEngine engine, Duration idleTimeout) {
    this.management = engine.getManagementService();
    this.externalTasks = engine.getExternalTaskService();
    this.idleTimeout = idleTimeout;
  }

  JobWorkerMock mock(String type) {
    return mocks.computeIfAbsent(type, JobWorkerMock::new);
  }

  void driveUntilIdle() {
    Instant deadline = Instant.now().plus(idleTimeout);
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      boolean worked = runDueJobs();
      for (JobWorkerMock mock : mocks.values()) {
        worked |= work(mock);
      }
      if (!worked) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Expected the process to come to rest within %s, but jobs kept coming (a loop?)"
                .formatted(idleTimeout));
      }
    }
    throw new AssertionError(
        "Expected the process to come to rest, but it was still busy after %d passes (a loop?)"
            .formatted(MAX_PASSES));
  }

  /** Runs due timers, async continuations and buffered messages; a failing job loses a retry. */
  private boolean runDueJobs() {
    List<Job> due = management.createJobQuery().executable().list();
    for (Job job : due) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException failed) {
        // Operaton has already counted the failure against the job's retries (incident at zero)
      }
    }
    return !due.isEmpty();
  }

  private boolean work(JobWorkerMock mock) {
    List<LockedExternalTask> locked =
        externalTasks
            .fetchAndLock(100, WORKER_ID)
            .topic(mock.type(), LOCK_MILLIS)
            .enableCustomObjectDeserialization()
            .includeExtensionProperties()
            .execute();
    for (LockedExternalTask task : locked) {
      handle(mock, task);
    }
    return !locked.isEmpty();
  }

  private void handle(JobWorkerMock mock, LockedExternalTask task) {
    int retries = retriesOf(task);
    MockJob job =
        new MockJob(
            task.getId(),
            task.getTopicName(),
            task.getActivityId(),
            task.getProcessInstanceId(),
            task.getProcessDefinitionKey(),
            new LinkedHashMap<>(task.getVariables()),
            headersOf(task),
            retries);
    JobHandler handler = mock.received(job);
    try {
      Map<String, Object> result = handler.handle(job);
      complete(task, result == null ? Map.of() : result);
    } catch (BpmnError error) {
      externalTasks.handleBpmnError(
          task.getId(),
          WORKER_ID,
          error.getErrorCode(),
          error.getErrorMessage(),
          variablesOf(error.getVariables()));
    } catch (JobError error) {
      int retriesLeft = error.getRetries() != null ? error.getRetries() : retries - 1;
      long backoff = error.getRetryBackoff() == null ? 0 : error.getRetryBackoff().toMillis();
      externalTasks.handleFailure(
          task.getId(), WORKER_ID, error.getErrorMessage(), null, retriesLeft, backoff);
    } catch (Exception error) {
      externalTasks.handleFailure(
          task.getId(), WORKER_ID, String.valueOf(error.getMessage()), null, retries - 1, 0);
    }
  }

  /** As the embedded worker binding does: with output mappings, results stay local to the task. */
  private void complete(LockedExternalTask task, Map<String, Object> variables) {
    boolean local =
        "true"
            .equals(
                task.getExtensionProperties().get(TranslationConventions.LOCAL_RESULT_PROPERTY));
    if (local) {
      externalTasks.complete(task.getId(), WORKER_ID, null, variables);
    } else {
      externalTasks.complete(task.getId(), WORKER_ID, variables);
    }
  }

  private static int retriesOf(LockedExternalTask task) {
    if (task.getRetries() != null) {
      return task.getRetries();
    }
    String declared = task.getExtensionProperties().get(TranslationConventions.RETRIES_PROPERTY);
    return declared == null ? TranslationConventions.DEFAULT_RETRIES : Integer.parseInt(declared);
  }

  private static Map<String, String> headersOf(LockedExternalTask task) {
    Map<String, String> headers = new LinkedHashMap<>();
    task.getExtensionProperties()
        .forEach(
            (name, value) -> {
              if (!name.startsWith(TranslationConventions.RESERVED_PREFIX)) {
                headers.put(name, value);
              }
            });
    return headers;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> variablesOf(Object variables) {
    if (variables == null) {
      return Map.of();
    }
    if (variables instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    return JsonValues.asMap(variables);
  }
}
