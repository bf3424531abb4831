package com.huoke.lead;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts the intake queue's rows of one source with one aggregate query. */
@Component
class JdbcLeadIntakeQueueStats implements LeadIntakeQueueStats {

  private final JdbcTemplate jdbc;

  JdbcLeadIntakeQueueStats(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public QueueCounts countsBySource(String source) {
    long[] byStatus = new long[IntakeStatus.values().length];
    Instant[] lastReceived = new Instant[1];
    jdbc.query(
        """
        SELECT status, COUNT(*) AS n, MAX(received_at) AS last_received
        FROM lead_intake_queue WHERE source = ? GROUP BY status
        """,
        rs -> {
          byStatus[IntakeStatus.valueOf(rs.getString("status")).ordinal()] = rs.getLong("n");
          OffsetDateTime received = rs.getObject("last_received", OffsetDateTime.class);
          if (received != null
              && (lastReceived[0] == null || received.toInstant().isAfter(lastReceived[0]))) {
            lastReceived[0] = received.toInstant();
          }
        },
        source);
    return new QueueCounts(
        byStatus[IntakeStatus.PENDING.ordinal()],
        byStatus[IntakeStatus.CAPTURED.ordinal()],
        byStatus[IntakeStatus.FAILED.ordinal()],
        lastReceived[0]);
  }
}
