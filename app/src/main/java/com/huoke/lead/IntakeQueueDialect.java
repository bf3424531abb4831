package com.huoke.lead;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * How each database inserts a queue row only if its (source, message id) is new — without raising a
 * unique violation, which would abort the caller's whole transaction on PostgreSQL.
 */
enum IntakeQueueDialect {
  POSTGRESQL(
      """
      INSERT INTO lead_intake_queue
          (source, message_id, payload, status, attempts, next_attempt_at, received_at)
      VALUES (?, ?, ?, 'PENDING', 0, ?, ?)
      ON CONFLICT (source, message_id) DO NOTHING
      """),
  H2(
      """
      MERGE INTO lead_intake_queue q
      USING (VALUES (CAST(? AS VARCHAR(255)), CAST(? AS VARCHAR(255)), CAST(? AS CLOB),
                     CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE)))
          AS v (source, message_id, payload, next_attempt_at, received_at)
      ON q.source = v.source AND q.message_id = v.message_id
      WHEN NOT MATCHED THEN INSERT
          (source, message_id, payload, status, attempts, next_attempt_at, received_at)
          VALUES (v.source, v.message_id, v.payload, 'PENDING', 0, v.next_attempt_at, v.received_at)
      """);

  /** Parameters: source, message id, payload, next attempt at, received at; 1 row new, 0 known. */
  final String insertIfNew;

  IntakeQueueDialect(String insertIfNew) {
    this.insertIfNew = insertIfNew;
  }

  static IntakeQueueDialect of(DataSource dataSource) {
    String product;
    try {
      product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database holds the lead intake queue", e);
    }
    return switch (product) {
      case "PostgreSQL" -> POSTGRESQL;
      case "H2" -> H2;
      default ->
          throw new IllegalStateException(
              "Expected PostgreSQL or H2 to hold the lead intake queue, but the database is "
                  + product);
    };
  }
}
