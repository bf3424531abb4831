package com.huoke.lead;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The processor's reads and writes of {@code lead_intake_queue}, in the caller's transaction. */
@Component
class IntakeQueueRows {

  static final int MAX_ERROR_LENGTH = 2000;

  private final JdbcTemplate jdbc;

  IntakeQueueRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks up to {@code limit} due pending rows, oldest first, skipping rows another worker holds:
   * the lock lasts until the transaction ends, so a worker that dies releases its rows.
   */
  List<QueueRow> claim(int limit, Instant now) {
    return jdbc.query(
        """
        SELECT id, source, message_id, payload, attempts FROM lead_intake_queue
        WHERE status = 'PENDING' AND next_attempt_at <= ?
        ORDER BY next_attempt_at, id
        FETCH FIRST ? ROWS ONLY
        FOR UPDATE SKIP LOCKED
        """,
        (rs, i) ->
            new QueueRow(
                rs.getLong("id"),
                rs.getString("source"),
                rs.getString("message_id"),
                rs.getString("payload"),
                rs.getInt("attempts")),
        at(now),
        limit);
  }

  void markCaptured(long id, UUID leadId, Instant now) {
    jdbc.update(
        """
        UPDATE lead_intake_queue
        SET status = 'CAPTURED', lead_id = ?, attempts = attempts + 1, processed_at = ?,
            last_error = NULL
        WHERE id = ?
        """,
        leadId,
        at(now),
        id);
  }

  /** Gives up on a row that can never be captured. */
  void markFailed(QueueRow row, String error, Instant now) {
    jdbc.update(
        """
        UPDATE lead_intake_queue
        SET status = 'FAILED', attempts = attempts + 1, last_error = ?, processed_at = ?
        WHERE id = ? AND status = 'PENDING'
        """,
        truncate(error),
        at(now),
        row.id());
  }

  /**
   * Records a failed attempt at a row as it was claimed: due again at {@code retryAt}, or FAILED
   * when {@code giveUp}. Answers {@code false} when the row changed since (another worker got it).
   */
  boolean recordFailedAttempt(
      QueueRow row, String error, boolean giveUp, Instant retryAt, Instant now) {
    return jdbc.update(
            """
            UPDATE lead_intake_queue
            SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, processed_at = ?
            WHERE id = ? AND status = 'PENDING' AND attempts = ?
            """,
            giveUp ? IntakeStatus.FAILED.name() : IntakeStatus.PENDING.name(),
            row.attempts() + 1,
            truncate(error),
            at(retryAt),
            giveUp ? at(now) : null,
            row.id(),
            row.attempts())
        == 1;
  }

  long countPending() {
    Long count =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM lead_intake_queue WHERE status = 'PENDING'", Long.class);
    return count == null ? 0 : count;
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static String truncate(String error) {
    return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
  }

  /** A claimed row: the payload is still sealed. */
  record QueueRow(long id, String source, String messageId, String payload, int attempts) {

    /** {@code channel}, {@code import}, …: the part of the source before its first colon. */
    String sourceKind() {
      int colon = source.indexOf(':');
      return colon < 0 ? source : source.substring(0, colon);
    }
  }
}
