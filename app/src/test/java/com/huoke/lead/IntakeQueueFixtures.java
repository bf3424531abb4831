package com.huoke.lead;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** Queued leads and waiting for the processor, shared by the intake queue tests. */
final class IntakeQueueFixtures {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  private IntakeQueueFixtures() {}

  /** A source no other test (or earlier run on the same database) has used. */
  static String freshSource() {
    return "test:" + UUID.randomUUID();
  }

  static QueuedLead queued(
      ObjectMapper json, String source, String messageId, Map<String, Object> lead) {
    return new QueuedLead(source, messageId, json.convertValue(lead, NewLead.class), Instant.now());
  }

  /** Waits until the source's counts satisfy {@code done} and answers them. */
  static QueueCounts awaitCounts(
      LeadIntakeQueueStats stats, String source, Predicate<QueueCounts> done) {
    return await().atMost(PATIENCE).until(() -> stats.countsBySource(source), done);
  }
}
