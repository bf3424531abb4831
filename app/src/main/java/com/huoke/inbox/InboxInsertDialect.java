package com.huoke.inbox;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * How each database stores a message only if its (channel, platform message id) is new, without a
 * unique violation: platforms re-send a message while the first delivery is still being handled,
 * and on PostgreSQL a violation would abort the delivery's whole transaction.
 */
enum InboxInsertDialect {
  POSTGRESQL(
      """
      INSERT INTO inbox_messages
          (id, channel_id, platform, platform_message_id, sender_kind, sender_id, recipient,
           message_type, text, sent_at, received_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (channel_id, platform_message_id) DO NOTHING
      """),
  H2(
      """
      MERGE INTO inbox_messages m
      USING (VALUES (CAST(? AS UUID), CAST(? AS UUID), CAST(? AS VARCHAR(32)),
                     CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(128)),
                     CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR),
                     CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS TIMESTAMP WITH TIME ZONE)))
          AS v (id, channel_id, platform, platform_message_id, sender_kind, sender_id, recipient,
                message_type, text, sent_at, received_at)
      ON m.channel_id = v.channel_id AND m.platform_message_id = v.platform_message_id
      WHEN NOT MATCHED THEN INSERT
          (id, channel_id, platform, platform_message_id, sender_kind, sender_id, recipient,
           message_type, text, sent_at, received_at)
          VALUES (v.id, v.channel_id, v.platform, v.platform_message_id, v.sender_kind,
                  v.sender_id, v.recipient, v.message_type, v.text, v.sent_at, v.received_at)
      """);

  /** Parameters in column order, id to received at; updates 1 row when new, 0 when known. */
  final String insertIfNew;

  InboxInsertDialect(String insertIfNew) {
    this.insertIfNew = insertIfNew;
  }

  static InboxInsertDialect of(DataSource dataSource) {
    String product;
    try {
      product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database holds the inbox", e);
    }
    return switch (product) {
      case "PostgreSQL" -> POSTGRESQL;
      case "H2" -> H2;
      default ->
          throw new IllegalStateException(
              "Expected PostgreSQL or H2 to hold the inbox, but the database is " + product);
    };
  }
}
