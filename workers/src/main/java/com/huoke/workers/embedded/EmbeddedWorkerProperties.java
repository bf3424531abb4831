package com.huoke.workers.embedded;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded job-worker binding ({@code huoke.workers.*}); every default works with
 * no configuration at all.
 *
 * @param workerId identity this node locks external tasks under; blank means host name and process
 *     id, which keeps the nodes of a cluster apart
 * @param defaultTimeout lock duration of a worker whose {@code @JobWorker} names no timeout
 *     (Camunda's client default)
 * @param defaultMaxJobsActive jobs in flight per worker whose {@code @JobWorker} names none. Lower
 *     than Camunda's client default of 32, which assumes a remote engine: embedded, every job in
 *     flight holds a connection of the app's pool, and 32 per worker kept the webhook path waiting
 *     for one (webhook benchmark at 170/s: p95 202 ms with 32, 80 ms with 8, capture unchanged)
 * @param pollInterval longest pause between two fallback polls of an idle worker; new work created
 *     on this node is signalled at once, the fallback finds work from other nodes, retries whose
 *     backoff ran out and expired locks
 * @param minPollInterval first fallback pause after a poll that found nothing; doubles up to {@code
 *     pollInterval}
 * @param shutdownTimeout how long a graceful stop waits for jobs in flight
 * @param retryBackoff backoff before a failed job is offered again, unless the worker names one
 */
@ConfigurationProperties("huoke.workers")
public record EmbeddedWorkerProperties(
    @DefaultValue("") String workerId,
    @DefaultValue("5m") Duration defaultTimeout,
    @DefaultValue("8") int defaultMaxJobsActive,
    @DefaultValue("1s") Duration pollInterval,
    @DefaultValue("50ms") Duration minPollInterval,
    @DefaultValue("30s") Duration shutdownTimeout,
    @DefaultValue RetryBackoff retryBackoff) {

  /** Defaults for code that builds the binding without Spring's binder (tests, benchmarks). */
  public static EmbeddedWorkerProperties defaults() {
    return new EmbeddedWorkerProperties(
        "",
        Duration.ofMinutes(5),
        8,
        Duration.ofSeconds(1),
        Duration.ofMillis(50),
        Duration.ofSeconds(30),
        RetryBackoff.defaults());
  }

  /**
   * Exponential backoff between attempts of a failing job: {@code initial *
   * multiplier^(attempt-1)}, capped at {@code max}.
   */
  public record RetryBackoff(
      @DefaultValue("1s") Duration initial,
      @DefaultValue("2.0") double multiplier,
      @DefaultValue("5m") Duration max) {

    public RetryBackoff {
      if (initial.isNegative() || max.isNegative()) {
        throw new IllegalArgumentException(
            "Expected huoke.workers.retry-backoff durations to be positive, but got initial=%s max=%s"
                .formatted(initial, max));
      }
      if (multiplier < 1.0) {
        throw new IllegalArgumentException(
            "Expected huoke.workers.retry-backoff.multiplier >= 1, but got " + multiplier);
      }
    }

    static RetryBackoff defaults() {
      return new RetryBackoff(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5));
    }

    /** The pause before attempt {@code failures + 1}, after {@code failures} (≥ 1) failures. */
    Duration after(int failures) {
      double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, failures - 1));
      return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
  }
}
