package com.huoke.lead;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.leads.intake-queue.*}: the background capture of queued leads.
 *
 * @param enabled whether this node captures queued leads; off, leads are still queued (and kept)
 *     but wait until a node with it on starts — benchmarks and tests pause capture this way
 * @param threads worker threads claiming batches concurrently
 * @param batchSize leads claimed and captured in one transaction
 * @param pollInterval fallback poll; a lead queued on this node wakes a worker at commit, the poll
 *     finds leads queued on other nodes and retries whose backoff ran out
 * @param maxAttempts failed captures after which a lead is marked FAILED
 * @param retryBackoff wait after the first failed attempt; doubles with every further one
 * @param maxRetryBackoff longest wait between two attempts
 * @param shutdownTimeout how long stopping waits for the batches in flight
 */
@Validated
@ConfigurationProperties("huoke.leads.intake-queue")
record LeadIntakeQueueProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("2") @Min(1) @Max(64) int threads,
    @DefaultValue("20") @Min(1) @Max(500) int batchSize,
    @DefaultValue("1s") @NotNull Duration pollInterval,
    @DefaultValue("5") @Min(1) int maxAttempts,
    @DefaultValue("5s") @NotNull Duration retryBackoff,
    @DefaultValue("5m") @NotNull Duration maxRetryBackoff,
    @DefaultValue("30s") @NotNull Duration shutdownTimeout) {

  /** The wait before attempt {@code failedAttempts + 1}. */
  Duration backoffAfter(int failedAttempts) {
    Duration backoff = retryBackoff;
    for (int i = 1; i < failedAttempts && backoff.compareTo(maxRetryBackoff) < 0; i++) {
      backoff = backoff.multipliedBy(2);
    }
    return backoff.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : backoff;
  }
}
