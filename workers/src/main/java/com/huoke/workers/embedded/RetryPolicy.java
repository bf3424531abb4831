package com.huoke.workers.embedded;

import io.camunda.client.exception.JobError;
import java.time.Duration;
import java.util.Map;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;

/**
 * Zeebe's retry semantics on Operaton: a job starts with the retries its task definition names
 * ({@value TranslationConventions#RETRIES_PROPERTY}), each failure takes one (unless the worker's
 * {@link JobError} says otherwise), and at zero the engine raises an incident.
 */
final class RetryPolicy {

  private final EmbeddedWorkerProperties.RetryBackoff backoff;

  RetryPolicy(EmbeddedWorkerProperties.RetryBackoff backoff) {
    this.backoff = backoff;
  }

  /** What is left after one more failure, and when the job is to be offered again. */
  record Decision(int retriesLeft, Duration backoff) {}

  /** The job's current retries: Operaton leaves them unset until the first failure. */
  static int currentRetries(LockedExternalTask task) {
    return task.getRetries() != null
        ? task.getRetries()
        : initialRetries(task.getExtensionProperties());
  }

  static int initialRetries(Map<String, String> extensionProperties) {
    String value =
        extensionProperties == null
            ? null
            : extensionProperties.get(TranslationConventions.RETRIES_PROPERTY);
    if (value == null || value.isBlank()) {
      return TranslationConventions.DEFAULT_RETRIES;
    }
    try {
      return Math.max(0, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Expected extension property %s to be a whole number, but it is '%s'"
              .formatted(TranslationConventions.RETRIES_PROPERTY, value),
          e);
    }
  }

  /**
   * @param error the worker's explicit job error, or {@code null} for any other exception
   */
  Decision afterFailure(ExternalTaskJob job, JobError error) {
    int retriesLeft =
        error != null && error.getRetries() != null ? error.getRetries() : job.getRetries() - 1;
    retriesLeft = Math.max(0, retriesLeft);
    if (error != null && error.getRetryBackoff() != null) {
      return new Decision(retriesLeft, error.getRetryBackoff());
    }
    int failures = initialRetries(job.task().getExtensionProperties()) - retriesLeft;
    return new Decision(retriesLeft, backoff.after(Math.max(1, failures)));
  }
}
