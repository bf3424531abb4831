package com.huoke.lead;

import com.huoke.lead.IntakeQueueRows.QueueRow;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Captures one claimed batch of queued leads in ONE transaction: each lead is stored with its
 * intake process started and its row marked CAPTURED in the same commit, so a crash at any point
 * neither captures a lead twice nor loses one. A lead whose capture fails rolls the batch back; its
 * failed attempt is then recorded on its own and the rest are claimed again at once.
 */
@Component
class IntakeBatchCapture {

  private static final Logger log = LoggerFactory.getLogger(IntakeBatchCapture.class);

  private final IntakeQueueRows rows;
  private final IntakePayloads payloads;
  private final LeadManagement leads;
  private final Validator validator;
  private final EntityManager entities;
  private final TransactionTemplate transactions;
  private final LeadIntakeQueueProperties properties;
  private final IntakeQueueMetrics metrics;

  IntakeBatchCapture(
      IntakeQueueRows rows,
      IntakePayloads payloads,
      LeadManagement leads,
      Validator validator,
      EntityManager entities,
      PlatformTransactionManager transactionManager,
      LeadIntakeQueueProperties properties,
      IntakeQueueMetrics metrics) {
    this.rows = rows;
    this.payloads = payloads;
    this.leads = leads;
    this.validator = validator;
    this.entities = entities;
    this.transactions = new TransactionTemplate(transactionManager);
    this.properties = properties;
    this.metrics = metrics;
  }

  /**
   * Claims up to {@code limit} due leads and captures them.
   *
   * @return how many rows were claimed; 0 when none was due
   * @throws BatchFailedException when the batch failed in a way no single lead can be blamed for
   */
  int captureBatch(int limit) {
    List<QueueRow> claimed = new ArrayList<>();
    Map<String, Integer> captured = new HashMap<>();
    Map<String, Integer> failed = new HashMap<>();
    try {
      transactions.executeWithoutResult(
          status -> {
            claimed.addAll(rows.claim(limit, Instant.now()));
            for (QueueRow row : claimed) {
              boolean ok = captureOne(row);
              (ok ? captured : failed).merge(row.sourceKind(), 1, Integer::sum);
            }
          });
    } catch (LeadCaptureFailed failure) {
      recordFailedAttempt(failure.row, failure.getCause());
      return claimed.size();
    } catch (RuntimeException failure) {
      if (claimed.size() == 1) {
        recordFailedAttempt(claimed.get(0), failure);
        return 1;
      }
      throw new BatchFailedException(claimed.size(), failure);
    }
    captured.forEach(metrics::captured);
    failed.forEach(metrics::failed);
    return claimed.size();
  }

  /** Captures the row's lead; {@code false} when it is unreadable or invalid and marked FAILED. */
  private boolean captureOne(QueueRow row) {
    NewLead lead;
    try {
      lead = payloads.open(row.payload());
    } catch (IntakePayloads.UnreadablePayloadException e) {
      giveUp(row, e.getMessage());
      return false;
    }
    Set<ConstraintViolation<NewLead>> violations = validator.validate(lead);
    if (!violations.isEmpty()) {
      giveUp(row, "Expected a valid lead, but " + describe(violations));
      return false;
    }
    try {
      LeadAccepted accepted = leads.capture(lead);
      // surfaces a failing insert here, where it is this lead's, rather than at commit
      entities.flush();
      rows.markCaptured(row.id(), accepted.id(), Instant.now());
      return true;
    } catch (RuntimeException e) {
      throw new LeadCaptureFailed(row, e);
    }
  }

  private void giveUp(QueueRow row, String error) {
    log.warn(
        "Gave up on queued lead {} ({} / {}) at once: {}",
        row.id(),
        row.source(),
        row.messageId(),
        error);
    rows.markFailed(row, error, Instant.now());
  }

  private void recordFailedAttempt(QueueRow row, Throwable failure) {
    int attempt = row.attempts() + 1;
    boolean giveUp = attempt >= properties.maxAttempts();
    Instant now = Instant.now();
    Instant retryAt = now.plus(properties.backoffAfter(attempt));
    String error = describe(failure);
    Boolean recorded =
        transactions.execute(status -> rows.recordFailedAttempt(row, error, giveUp, retryAt, now));
    if (!Boolean.TRUE.equals(recorded)) {
      // another worker claimed the row in between (after this batch rolled back) and owns it now
      log.debug("Attempt at queued lead {} failed but the row moved on: {}", row.id(), error);
    } else if (giveUp) {
      metrics.failed(row.sourceKind(), 1);
      log.error(
          "Gave up on queued lead {} ({} / {}) after {} attempts: {}",
          row.id(),
          row.source(),
          row.messageId(),
          attempt,
          error);
    } else {
      log.warn(
          "Capturing queued lead {} ({} / {}) failed (attempt {} of {}), retrying at {}: {}",
          row.id(),
          row.source(),
          row.messageId(),
          attempt,
          properties.maxAttempts(),
          retryAt,
          error);
    }
  }

  private static String describe(Set<ConstraintViolation<NewLead>> violations) {
    return violations.stream()
        .map(v -> v.getPropertyPath() + " " + v.getMessage())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  /**
   * Each cause's type and the first line of its message: later lines of database errors may quote
   * the failing row, which holds personal data.
   */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = failure; t != null && text.length() < IntakeQueueRows.MAX_ERROR_LENGTH; ) {
      if (!text.isEmpty()) {
        text.append("; caused by ");
      }
      text.append(t.getClass().getSimpleName());
      String message = t.getMessage();
      if (message != null) {
        int newline = message.indexOf('\n');
        text.append(": ").append(newline < 0 ? message : message.substring(0, newline));
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return text.toString();
  }

  /**
   * A batch failed without naming the lead to blame: the worker claims one at a time for a while.
   */
  static final class BatchFailedException extends RuntimeException {
    private final int claimed;

    BatchFailedException(int claimed, Throwable cause) {
      super("A batch of " + claimed + " queued leads failed", cause);
      this.claimed = claimed;
    }

    int claimed() {
      return claimed;
    }
  }

  private static final class LeadCaptureFailed extends RuntimeException {
    private final transient QueueRow row;

    LeadCaptureFailed(QueueRow row, Throwable cause) {
      super(cause);
      this.row = row;
    }
  }
}
