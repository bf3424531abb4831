package com.huoke.engine.embedded;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.operaton.bpm.engine.ProcessEngineException;

/**
 * SQL on {@code huoke_message_buffer} (Flyway V2). Every method runs on the connection of the
 * engine command it is called from, so buffer changes commit or roll back with the engine's.
 */
final class MessageBuffer {

  private static final String COLUMNS =
      "id, message_name, correlation_key, message_id, variables, published_at, expires_at";

  private MessageBuffer() {}

  static void insert(Connection connection, BufferedMessage message, Instant consumedAt) {
    String sql =
        "INSERT INTO huoke_message_buffer (" + COLUMNS + ", consumed_at) VALUES (?,?,?,?,?,?,?,?)";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, message.id());
      statement.setString(2, message.name());
      statement.setString(3, message.correlationKey());
      statement.setString(4, message.messageId());
      statement.setString(5, JsonVariables.write(message.variables()));
      statement.setObject(6, timestamp(message.publishedAt()));
      statement.setObject(7, timestamp(message.expiresAt()));
      statement.setObject(8, consumedAt == null ? null : timestamp(consumedAt));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("buffer message '%s'".formatted(message.name()), e);
    }
  }

  /** True when a message with this id, name and key was published and has not yet expired. */
  static boolean isPublished(
      Connection connection, String name, String correlationKey, String messageId, Instant now) {
    String sql =
        "SELECT 1 FROM huoke_message_buffer WHERE message_name = ? AND correlation_key = ?"
            + " AND message_id = ? AND expires_at > ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      statement.setString(2, correlationKey);
      statement.setString(3, messageId);
      statement.setObject(4, timestamp(now));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw failure("look up message id '%s'".formatted(messageId), e);
    }
  }

  /** The oldest unexpired, unconsumed message a subscription with this name and key can take. */
  static Optional<BufferedMessage> oldestWaiting(
      Connection connection, String name, String correlationKey, Instant now) {
    String sql =
        "SELECT "
            + COLUMNS
            + " FROM huoke_message_buffer WHERE message_name = ? AND correlation_key = ?"
            + " AND consumed_at IS NULL AND expires_at > ? ORDER BY published_at, id";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setMaxRows(1);
      statement.setString(1, name);
      statement.setString(2, correlationKey);
      statement.setObject(3, timestamp(now));
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("look up buffered message '%s'".formatted(name), e);
    }
  }

  /**
   * Takes a message out of the buffer; false when another transaction consumed it first. A message
   * with an id stays as a consumed row until it expires, so its id keeps publishing idempotent.
   */
  static boolean consume(Connection connection, BufferedMessage message, Instant now) {
    String sql =
        message.messageId() == null
            ? "DELETE FROM huoke_message_buffer WHERE id = ? AND consumed_at IS NULL"
            : "UPDATE huoke_message_buffer SET consumed_at = ? WHERE id = ? AND consumed_at IS NULL";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int index = 1;
      if (message.messageId() != null) {
        statement.setObject(index++, timestamp(now));
      }
      statement.setString(index, message.id());
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      throw failure("consume buffered message '%s'".formatted(message.name()), e);
    }
  }

  /** Deletes the expired row, if any, of one message id. */
  static void deleteExpired(
      Connection connection, String name, String correlationKey, String messageId, Instant now) {
    String sql =
        "DELETE FROM huoke_message_buffer WHERE message_name = ? AND correlation_key = ?"
            + " AND message_id = ? AND expires_at <= ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, name);
      statement.setString(2, correlationKey);
      statement.setString(3, messageId);
      statement.setObject(4, timestamp(now));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("delete expired message id '%s'".formatted(messageId), e);
    }
  }

  /** Deletes every expired row; returns how many. */
  static int purgeExpired(Connection connection, Instant now) {
    String sql = "DELETE FROM huoke_message_buffer WHERE expires_at <= ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, timestamp(now));
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw failure("purge expired messages", e);
    }
  }

  private static BufferedMessage read(ResultSet rows) throws SQLException {
    return new BufferedMessage(
        rows.getString("id"),
        rows.getString("message_name"),
        rows.getString("correlation_key"),
        rows.getString("message_id"),
        JsonVariables.read(rows.getString("variables")),
        rows.getObject("published_at", OffsetDateTime.class).toInstant(),
        rows.getObject("expires_at", OffsetDateTime.class).toInstant());
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static ProcessEngineException failure(String action, SQLException cause) {
    return new ProcessEngineException(
        "Expected to %s in huoke_message_buffer, but the database refused: %s"
            .formatted(action, cause.getMessage()),
        cause);
  }
}
