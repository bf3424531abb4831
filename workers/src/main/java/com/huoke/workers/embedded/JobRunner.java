package com.huoke.workers.embedded;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.metrics.MetricsRecorder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.externaltask.ExternalTask;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one locked external task through its worker method and reports the outcome to the engine as
 * Camunda's starter reports it to Zeebe: the return value completes the job, a {@link BpmnError}
 * throws a BPMN error, a {@link JobError} or any other exception fails it with retries and backoff.
 */
final class JobRunner {

  private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);

  private final ExternalTaskService externalTasks;
  private final String workerId;
  private final JobWorkerDefinition worker;
  private final JobVariables converter;
  private final RetryPolicy retryPolicy;
  private final MetricsRecorder metrics;
  private final Consumer<Duration> retryDue;

  /**
   * @param retryDue told the backoff of each failure that leaves retries, so the job can be fetched
   *     again as soon as it is due rather than at the next fallback poll
   */
  JobRunner(
      ExternalTaskService externalTasks,
      String workerId,
      JobWorkerDefinition worker,
      JobVariables converter,
      RetryPolicy retryPolicy,
      MetricsRecorder metrics,
      Consumer<Duration> retryDue) {
    this.externalTasks = externalTasks;
    this.workerId = workerId;
    this.worker = worker;
    this.converter = converter;
    this.retryPolicy = retryPolicy;
    this.metrics = metrics;
    this.retryDue = retryDue;
  }

  void run(LockedExternalTask task) {
    metrics.increase(MetricsRecorder.METRIC_NAME_JOB, MetricsRecorder.ACTION_ACTIVATED, type());
    ExternalTaskJob job;
    Object result;
    try {
      job = new ExternalTaskJob(task, worker.name(), RetryPolicy.currentRetries(task), converter);
    } catch (RuntimeException e) {
      // the task itself is malformed (e.g. a retries property that is no number): an incident
      reportIncident(task, messageOf(null, e), e);
      return;
    }
    try {
      result = worker.invoke(job);
    } catch (BpmnError error) {
      throwBpmnError(job, error);
      return;
    } catch (JobError error) {
      fail(job, error, error);
      return;
    } catch (InterruptedException e) {
      // interrupted by a shutdown that ran out of patience: not the job's fault; its lock expires
      // and it is offered again with its retries intact
      Thread.currentThread().interrupt();
      LOG.info("Job {} of type '{}' was interrupted and left to its lock", task.getId(), type());
      return;
    } catch (Exception e) {
      fail(job, null, e);
      return;
    }
    complete(job, result);
  }

  private void complete(ExternalTaskJob job, Object result) {
    String id = job.task().getId();
    try {
      Map<String, Object> variables = converter.toVariables(result);
      boolean local =
          "true"
              .equalsIgnoreCase(
                  job.task()
                      .getExtensionProperties()
                      .get(TranslationConventions.LOCAL_RESULT_PROPERTY));
      // with output mappings the result stays local to the task, as in Zeebe
      EngineRetry.run(
          () -> {
            if (local) {
              externalTasks.complete(id, workerId, null, variables);
            } else {
              externalTasks.complete(id, workerId, variables);
            }
          });
      metrics.increase(MetricsRecorder.METRIC_NAME_JOB, MetricsRecorder.ACTION_COMPLETED, type());
    } catch (RuntimeException e) {
      if (!lockLost(id, e)) {
        LOG.warn("Could not complete job {} of type '{}'", id, type(), e);
        fail(job, null, e);
      }
    }
  }

  private void throwBpmnError(ExternalTaskJob job, BpmnError error) {
    String id = job.task().getId();
    try {
      Map<String, Object> variables = converter.toVariables(error.getVariables());
      EngineRetry.run(
          () ->
              externalTasks.handleBpmnError(
                  id, workerId, error.getErrorCode(), error.getErrorMessage(), variables));
      metrics.increase(MetricsRecorder.METRIC_NAME_JOB, MetricsRecorder.ACTION_BPMN_ERROR, type());
    } catch (RuntimeException e) {
      if (!lockLost(id, e)) {
        // as Zeebe does for an error nothing catches: an incident at once, retries are no cure
        String message =
            "Expected to throw an error event with the code '%s' with message '%s', but it was not caught: %s"
                .formatted(error.getErrorCode(), error.getErrorMessage(), e.getMessage());
        reportIncident(job.task(), message, e);
      }
    }
  }

  private void fail(ExternalTaskJob job, JobError error, Exception cause) {
    String id = job.task().getId();
    RetryPolicy.Decision decision = retryPolicy.afterFailure(job, error);
    String message = messageOf(error != null ? error.getErrorMessage() : null, cause);
    LOG.debug(
        "Job {} of type '{}' failed ({} retries left, backoff {}): {}",
        id,
        type(),
        decision.retriesLeft(),
        decision.backoff(),
        message);
    try {
      Map<String, Object> variables =
          error == null ? Map.of() : converter.toVariables(error.getVariables());
      EngineRetry.run(
          () ->
              externalTasks.handleFailure(
                  id,
                  workerId,
                  message,
                  stackTraceOf(cause),
                  decision.retriesLeft(),
                  decision.backoff().toMillis(),
                  null,
                  variables));
      metrics.increase(MetricsRecorder.METRIC_NAME_JOB, MetricsRecorder.ACTION_FAILED, type());
      if (decision.retriesLeft() > 0) {
        retryDue.accept(decision.backoff());
      }
    } catch (RuntimeException e) {
      if (!lockLost(id, e)) {
        // the lock runs out and the job is offered again: nothing is lost, but say why
        LOG.error("Could not report the failure of job {} of type '{}'", id, type(), e);
      }
    }
  }

  /** Fails the job with no retries left, so the engine raises an incident right away. */
  private void reportIncident(LockedExternalTask task, String message, RuntimeException cause) {
    try {
      EngineRetry.run(
          () ->
              externalTasks.handleFailure(
                  task.getId(), workerId, message, stackTraceOf(cause), 0, 0));
      metrics.increase(MetricsRecorder.METRIC_NAME_JOB, MetricsRecorder.ACTION_FAILED, type());
    } catch (RuntimeException reportFailure) {
      LOG.error("Could not raise an incident for job {}: {}", task.getId(), message, reportFailure);
    }
  }

  /**
   * Whether a refused command means the job is no longer ours: its lock ran out and another worker
   * took it, or it is gone (completed elsewhere, instance cancelled). Then there is nothing to do.
   */
  private boolean lockLost(String id, RuntimeException e) {
    if (!(e instanceof ProcessEngineException)) {
      return false;
    }
    ExternalTask current;
    try {
      current = externalTasks.createExternalTaskQuery().externalTaskId(id).singleResult();
    } catch (RuntimeException queryFailure) {
      return false;
    }
    boolean lost =
        current == null
            || !workerId.equals(current.getWorkerId())
            || current.getLockExpirationTime() == null
            || current.getLockExpirationTime().getTime() < System.currentTimeMillis();
    if (lost) {
      LOG.info(
          "Job {} of type '{}' is no longer locked by this worker; its outcome is dropped: {}",
          id,
          type(),
          e.getMessage());
    }
    return lost;
  }

  private String type() {
    return worker.type();
  }

  private static String messageOf(String explicit, Exception cause) {
    if (explicit != null && !explicit.isBlank()) {
      return explicit;
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getName() : message;
  }

  private static String stackTraceOf(Throwable cause) {
    StringWriter trace = new StringWriter();
    cause.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }
}
