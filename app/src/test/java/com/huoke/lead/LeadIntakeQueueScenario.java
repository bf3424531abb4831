package com.huoke.lead;

import static com.huoke.lead.IntakeQueueFixtures.awaitCounts;
import static com.huoke.lead.IntakeQueueFixtures.freshSource;
import static com.huoke.lead.IntakeQueueFixtures.queued;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.testsupport.SignedIn;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The intake queue and its processor in the running app with the real engine: queued leads become
 * leads with their intake process, re-deliveries are ignored without harming the caller's
 * transaction, and a lead that keeps failing is retried and then given up on without holding up the
 * others. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(
    properties = {
      "huoke.leads.intake-queue.max-attempts=3",
      "huoke.leads.intake-queue.retry-backoff=100ms",
      "huoke.leads.intake-queue.poll-interval=200ms"
    })
abstract class LeadIntakeQueueScenario {

  @Autowired LeadIntakeQueue queue;
  @Autowired LeadIntakeQueueStats stats;
  @Autowired LeadManagement leads;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;
  @Autowired MeterRegistry meters;

  @Test
  void capturesAQueuedLeadAsALeadWithItsIntakeProcess() {
    String source = freshSource();
    QueuedLead queuedLead = queued(json, source, "m-1", LeadFixtures.hotLead());

    boolean queuedNew = transactions.execute(status -> queue.enqueue(queuedLead));

    assertThat(queuedNew).isTrue();
    QueueCounts counts = awaitCounts(stats, source, c -> c.captured() == 1);
    assertThat(counts.pending()).isZero();
    assertThat(counts.failed()).isZero();
    assertThat(counts.lastReceivedAt()).isNotNull();
    LeadView lead = SignedIn.asAgent(() -> leads.find(leadIdOf(source, "m-1")));
    assertThat(lead.captured()).isEqualTo(LeadNormalisation.of(queuedLead.lead()));
    assertThat(lead.process()).isNotNull();
    assertThat(lead.process().processInstanceKey()).isNotBlank();
  }

  @Test
  void storesThePayloadEncrypted() {
    String source = freshSource();

    queue.enqueue(queued(json, source, "m-1", LeadFixtures.hotLead()));

    String payload =
        jdbc.queryForObject(
            "SELECT payload FROM lead_intake_queue WHERE source = ?", String.class, source);
    assertThat(payload).startsWith("v1:").doesNotContain("13800138000").doesNotContain("王小明");
  }

  @Test
  void ignoresARedeliveryOfTheSameMessage() {
    String source = freshSource();
    queue.enqueue(queued(json, source, "m-1", LeadFixtures.hotLead()));
    awaitCounts(stats, source, c -> c.captured() == 1);

    boolean again = queue.enqueue(queued(json, source, "m-1", LeadFixtures.coldLead()));

    assertThat(again).isFalse();
    assertThat(stats.countsBySource(source).total()).isEqualTo(1);
    assertThat(SignedIn.asAgent(() -> leads.find(leadIdOf(source, "m-1"))).captured().contactName())
        .isEqualTo("王小明");
  }

  @Test
  void keepsTheCallersTransactionAliveWhenARedeliveryArrivesInIt() {
    String source = freshSource();

    List<Boolean> answers =
        transactions.execute(
            status ->
                List.of(
                    queue.enqueue(queued(json, source, "m-1", LeadFixtures.hotLead())),
                    queue.enqueue(queued(json, source, "m-1", LeadFixtures.hotLead())),
                    queue.enqueue(queued(json, source, "m-2", LeadFixtures.coldLead()))));

    assertThat(answers).containsExactly(true, false, true);
    assertThat(awaitCounts(stats, source, c -> c.captured() == 2).total()).isEqualTo(2);
  }

  @Test
  void queuesABatchCountingOnlyNewMessages() {
    String source = freshSource();
    queue.enqueue(queued(json, source, "1", LeadFixtures.coldLead()));

    int queuedNew =
        transactions.execute(
            status ->
                queue.enqueueAll(
                    List.of(
                        queued(json, source, "1", LeadFixtures.coldLead()),
                        queued(json, source, "2", LeadFixtures.coldLead()),
                        queued(json, source, "2", LeadFixtures.coldLead()),
                        queued(json, source, "3", LeadFixtures.hotLead()))));

    assertThat(queuedNew).isEqualTo(2);
    assertThat(awaitCounts(stats, source, c -> c.captured() == 3).total()).isEqualTo(3);
  }

  @Test
  void retriesALeadWhoseCaptureFailsThenGivesUpWithoutHoldingUpTheOthers() {
    String source = freshSource();
    // a real failure of the lead insert, the way a broken column or full disk would fail it
    jdbc.execute(
        "ALTER TABLE leads ADD CONSTRAINT test_refuses_company CHECK (company IS NULL OR company"
            + " <> '拒收公司')");
    try {
      double failedBefore = counter(IntakeQueueMetrics.FAILED);
      queue.enqueueAll(
          List.of(
              queued(json, source, "refused", companyCalled("拒收公司")),
              queued(json, source, "fine-1", companyCalled("好公司")),
              queued(json, source, "fine-2", LeadFixtures.coldLead())));

      QueueCounts counts = awaitCounts(stats, source, c -> c.failed() == 1 && c.pending() == 0);

      assertThat(counts.captured()).isEqualTo(2);
      Map<String, Object> refused =
          jdbc.queryForMap(
              "SELECT status, attempts, last_error, lead_id FROM lead_intake_queue"
                  + " WHERE source = ? AND message_id = 'refused'",
              source);
      assertThat(refused.get("status")).isEqualTo("FAILED");
      assertThat(((Number) refused.get("attempts")).intValue()).isEqualTo(3);
      assertThat(((String) refused.get("last_error")).toLowerCase())
          .contains("test_refuses_company");
      assertThat(refused.get("lead_id")).isNull();
      assertThat(counter(IntakeQueueMetrics.FAILED)).isEqualTo(failedBefore + 1);
    } finally {
      jdbc.execute("ALTER TABLE leads DROP CONSTRAINT test_refuses_company");
    }
  }

  @Test
  void givesUpAtOnceOnALeadThatCanNeverBeValid() {
    String source = freshSource();

    queue.enqueue(
        queued(json, source, "unreachable", Map.of("sourcePlatform", "WEBSITE", "company", "x")));

    awaitCounts(stats, source, c -> c.failed() == 1);
    Map<String, Object> row =
        jdbc.queryForMap(
            "SELECT attempts, last_error FROM lead_intake_queue WHERE source = ?", source);
    assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
    assertThat((String) row.get("last_error"))
        .contains("must give at least one of contactPhone, contactWechat, contactEmail");
  }

  @Test
  void countsCapturedLeadsAndShowsPendingOnes() {
    String source = freshSource();
    double before = counter(IntakeQueueMetrics.CAPTURED);

    queue.enqueue(queued(json, source, "m-1", LeadFixtures.coldLead()));
    awaitCounts(stats, source, c -> c.captured() == 1);

    assertThat(counter(IntakeQueueMetrics.CAPTURED)).isEqualTo(before + 1);
    assertThat(meters.get(IntakeQueueMetrics.PENDING).gauge().value()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void answersZeroCountsForAnUnknownSource() {
    assertThat(stats.countsBySource(freshSource())).isEqualTo(QueueCounts.NONE);
  }

  private UUID leadIdOf(String source, String messageId) {
    return jdbc.queryForObject(
        "SELECT lead_id FROM lead_intake_queue WHERE source = ? AND message_id = ?",
        UUID.class,
        source,
        messageId);
  }

  private double counter(String name) {
    return meters.find(name).tag("source.kind", "test").counters().stream()
        .mapToDouble(c -> c.count())
        .sum();
  }

  private static Map<String, Object> companyCalled(String company) {
    return LeadFixtures.patched(LeadFixtures.coldLead(), Map.of("company", company));
  }
}
