package com.huoke.lead;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The intake queue in the app's database: a row per lead, written in the caller's transaction (or
 * committed at once without one), which wakes the {@link LeadIntakeProcessor} when it commits.
 */
@Component
class JdbcLeadIntakeQueue implements LeadIntakeQueue {

  static final int MAX_KEY_LENGTH = 255;

  private final JdbcTemplate jdbc;
  private final IntakeQueueDialect dialect;
  private final IntakePayloads payloads;
  private final IntakeWakeUp wakeUp;

  JdbcLeadIntakeQueue(
      JdbcTemplate jdbc, DataSource dataSource, IntakePayloads payloads, IntakeWakeUp wakeUp) {
    this.jdbc = jdbc;
    this.dialect = IntakeQueueDialect.of(dataSource);
    this.payloads = payloads;
    this.wakeUp = wakeUp;
  }

  @Override
  public boolean enqueue(QueuedLead lead) {
    Object[] row = row(lead);
    boolean inserted = jdbc.update(dialect.insertIfNew, row) == 1;
    if (inserted) {
      wakeUpAfterCommit();
    }
    return inserted;
  }

  @Override
  public int enqueueAll(List<QueuedLead> leads) {
    if (leads.isEmpty()) {
      return 0;
    }
    int[] counts = jdbc.batchUpdate(dialect.insertIfNew, leads.stream().map(this::row).toList());
    int inserted = (int) Arrays.stream(counts).filter(c -> c > 0).count();
    if (inserted > 0) {
      wakeUpAfterCommit();
    }
    return inserted;
  }

  private Object[] row(QueuedLead lead) {
    Objects.requireNonNull(lead.lead(), "lead");
    Instant receivedAt = lead.receivedAt() == null ? Instant.now() : lead.receivedAt();
    return new Object[] {
      key("source", lead.source()),
      key("messageId", lead.messageId()),
      payloads.seal(lead.lead()),
      // due now, whatever the source claims as its receive time
      OffsetDateTime.now(ZoneOffset.UTC),
      OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC)
    };
  }

  private static String key(String name, String value) {
    if (value == null || value.isBlank() || value.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "Expected a queued lead's %s of 1 to %d characters, but got %s"
              .formatted(
                  name, MAX_KEY_LENGTH, value == null ? "none" : value.length() + " characters"));
    }
    return value;
  }

  private void wakeUpAfterCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      wakeUp.signal();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            wakeUp.signal();
          }
        });
  }
}
