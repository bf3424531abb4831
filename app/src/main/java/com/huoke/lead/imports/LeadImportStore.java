package com.huoke.lead.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.lead.SourcePlatform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code lead_imports}: each import's settings, state and progress, and the lease that lets only
 * one run hold it at a time.
 */
@Component
class LeadImportStore {

  private static final String COLUMNS =
      "id, file_name, format, charset, stored_file, source_platform, column_mapping, state,"
          + " rows_read, rows_queued, rows_rejected, rows_duplicate, last_row, errors, failure,"
          + " received_at, started_at, finished_at";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  LeadImportStore(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(ImportRecord record) {
    jdbc.update(
        "INSERT INTO lead_imports (id, file_name, format, charset, stored_file, source_platform,"
            + " column_mapping, state, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        record.id(),
        record.fileName(),
        record.format().name(),
        record.charset(),
        record.storedFile(),
        record.sourcePlatform().name(),
        write(record.columnMapping()),
        record.state().name(),
        at(record.receivedAt()));
  }

  Optional<ImportRecord> find(UUID id) {
    return jdbc
        .query("SELECT " + COLUMNS + " FROM lead_imports WHERE id = ?", this::record, id)
        .stream()
        .findFirst();
  }

  List<ImportRecord> page(int page, int size) {
    return jdbc.query(
        "SELECT "
            + COLUMNS
            + " FROM lead_imports ORDER BY received_at DESC, id DESC"
            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
        this::record,
        (long) page * size,
        size);
  }

  long count() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM lead_imports", Long.class);
    return count == null ? 0 : count;
  }

  /** Imports not finished whose lease is free: new ones, and those whose run died. */
  List<UUID> unclaimed(Instant now) {
    return jdbc.queryForList(
        "SELECT id FROM lead_imports WHERE state IN ('RECEIVED', 'RUNNING')"
            + " AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY received_at",
        UUID.class,
        at(now));
  }

  /** Takes the import for the run {@code runId} if no live run holds it; false otherwise. */
  boolean claim(UUID id, String runId, Instant now, Instant until) {
    return jdbc.update(
            "UPDATE lead_imports SET state = 'RUNNING', claimed_by = ?, claimed_until = ?,"
                + " started_at = COALESCE(started_at, ?)"
                + " WHERE id = ? AND state IN ('RECEIVED', 'RUNNING')"
                + " AND (claimed_until IS NULL OR claimed_until < ?)",
            runId,
            at(until),
            at(now),
            id,
            at(now))
        == 1;
  }

  /** Saves progress and extends the lease; false when the run lost its lease to another. */
  boolean checkpoint(UUID id, String runId, ImportRecord.Progress progress, Instant until) {
    return jdbc.update(
            "UPDATE lead_imports SET rows_read = ?, rows_queued = ?, rows_rejected = ?,"
                + " rows_duplicate = ?, last_row = ?, errors = ?, claimed_until = ?"
                + " WHERE id = ? AND claimed_by = ? AND state = 'RUNNING'",
            progress.rowsRead(),
            progress.rowsQueued(),
            progress.rowsRejected(),
            progress.rowsDuplicate(),
            progress.lastRow(),
            write(progress.errors()),
            at(until),
            id,
            runId)
        == 1;
  }

  /** Ends the import as DONE or FAILED and frees its lease. */
  void finish(UUID id, String runId, ImportState state, String failure, Instant now) {
    jdbc.update(
        "UPDATE lead_imports SET state = ?, failure = ?, finished_at = ?, claimed_by = NULL,"
            + " claimed_until = NULL WHERE id = ? AND claimed_by = ?",
        state.name(),
        failure,
        at(now),
        id,
        runId);
  }

  /** Frees the lease of a run that stops before the end (shutdown), so a restart resumes it. */
  void release(UUID id, String runId) {
    jdbc.update(
        "UPDATE lead_imports SET claimed_by = NULL, claimed_until = NULL"
            + " WHERE id = ? AND claimed_by = ?",
        id,
        runId);
  }

  private ImportRecord record(ResultSet rs, int row) throws SQLException {
    return new ImportRecord(
        rs.getObject("id", UUID.class),
        rs.getString("file_name"),
        ImportFormat.valueOf(rs.getString("format")),
        rs.getString("charset"),
        rs.getString("stored_file"),
        SourcePlatform.valueOf(rs.getString("source_platform")),
        read(rs.getString("column_mapping"), new TypeReference<Map<String, String>>() {}, Map.of()),
        ImportState.valueOf(rs.getString("state")),
        new ImportRecord.Progress(
            rs.getInt("rows_read"),
            rs.getInt("rows_queued"),
            rs.getInt("rows_rejected"),
            rs.getInt("rows_duplicate"),
            rs.getInt("last_row"),
            read(rs.getString("errors"), new TypeReference<List<RowError>>() {}, List.of())),
        rs.getString("failure"),
        instant(rs, "received_at"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write import data as JSON", e);
    }
  }

  private <T> T read(String text, TypeReference<T> type, T none) {
    if (text == null) {
      return none;
    }
    try {
      return json.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read stored import data", e);
    }
  }
}
