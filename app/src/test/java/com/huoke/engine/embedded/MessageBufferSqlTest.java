package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The V2 migration and every buffer statement on both databases the app runs on: H2 and the local
 * PostgreSQL server (skipped on a laptop without one, never under {@code CI=true}).
 */
class MessageBufferSqlTest {

  private static final String POSTGRES_URL =
      System.getenv()
          .getOrDefault("HUOKE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
  private static final Instant NOW = Instant.parse("2025-06-01T08:00:00Z");

  static Stream<Arguments> databases() {
    return Stream.of(Arguments.of("H2"), Arguments.of("PostgreSQL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void bufferedMessagesAreFoundConsumedAndPurged(String database) throws SQLException {
    try (Database db = Database.open(database)) {
      Connection connection = db.connection;
      BufferedMessage early = message("m-1", "L1", null, NOW.minusSeconds(60), Duration.ofHours(1));
      BufferedMessage later = message("m-2", "L1", "wecom-7", NOW, Duration.ofHours(1));
      BufferedMessage otherKey = message("m-3", "L2", null, NOW, Duration.ofHours(1));
      BufferedMessage expired =
          message("m-4", "L3", "wecom-8", NOW.minusSeconds(7200), Duration.ofHours(1));
      for (BufferedMessage message : new BufferedMessage[] {later, early, otherKey, expired}) {
        MessageBuffer.insert(connection, message, null);
      }

      Optional<BufferedMessage> oldest =
          MessageBuffer.oldestWaiting(connection, "customer-replied", "L1", NOW);
      assertThat(oldest)
          .hasValueSatisfying(
              found -> {
                assertThat(found.id()).isEqualTo("m-1");
                assertThat(found.variables()).isEqualTo(Map.of("reply", "多少钱?", "count", 2));
                assertThat(found.publishedAt()).isEqualTo(early.publishedAt());
                assertThat(found.expiresAt()).isEqualTo(early.expiresAt());
              });
      assertThat(MessageBuffer.oldestWaiting(connection, "customer-replied", "L3", NOW)).isEmpty();

      assertThat(MessageBuffer.consume(connection, oldest.get(), NOW)).isTrue();
      assertThat(MessageBuffer.consume(connection, oldest.get(), NOW)).isFalse();
      assertThat(MessageBuffer.oldestWaiting(connection, "customer-replied", "L1", NOW))
          .map(BufferedMessage::id)
          .contains("m-2");

      assertThat(MessageBuffer.consume(connection, later, NOW)).isTrue();
      assertThat(MessageBuffer.oldestWaiting(connection, "customer-replied", "L1", NOW)).isEmpty();
      assertThat(MessageBuffer.isPublished(connection, "customer-replied", "L1", "wecom-7", NOW))
          .as("a consumed message keeps its id until it expires")
          .isTrue();
      assertThat(MessageBuffer.isPublished(connection, "customer-replied", "L3", "wecom-8", NOW))
          .isFalse();

      MessageBuffer.deleteExpired(connection, "customer-replied", "L3", "wecom-8", NOW);
      MessageBuffer.insert(
          connection, message("m-5", "L3", "wecom-8", NOW, Duration.ofMinutes(5)), null);
      assertThat(MessageBuffer.purgeExpired(connection, NOW.plus(Duration.ofHours(2))))
          .isEqualTo(3);
    }
  }

  private static BufferedMessage message(
      String id, String key, String messageId, Instant publishedAt, Duration ttl) {
    return new BufferedMessage(
        id,
        "customer-replied",
        key,
        messageId,
        Map.of("reply", "多少钱?", "count", 2),
        publishedAt.truncatedTo(ChronoUnit.MILLIS),
        publishedAt.plus(ttl).truncatedTo(ChronoUnit.MILLIS));
  }

  /** A fresh schema migrated by Flyway, dropped afterwards. */
  private record Database(Connection connection, Runnable drop) implements AutoCloseable {

    static Database open(String database) throws SQLException {
      String schema =
          "huoke_buffer_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      String url;
      String user;
      if (database.equals("H2")) {
        url = "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1";
        user = "sa";
      } else {
        url = POSTGRES_URL;
        user = "postgres";
        requirePostgres(url, user);
      }
      Flyway.configure()
          .dataSource(url, user, "")
          .schemas(schema)
          .createSchemas(true)
          // as the app: vendor-neutral common/ plus the vendor's own folder
          .locations(
              "classpath:db/migration/common",
              "classpath:db/migration/" + (database.equals("H2") ? "h2" : "postgresql"))
          .load()
          .migrate();
      Connection connection = DriverManager.getConnection(url, user, "");
      connection.setSchema(schema);
      return new Database(
          connection,
          () -> {
            try (var statement = connection.createStatement()) {
              statement.execute("DROP SCHEMA \"" + schema + "\" CASCADE");
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          });
    }

    private static void requirePostgres(String url, String user) {
      try (Connection probe = DriverManager.getConnection(url, user, "")) {
        probe.isValid(2);
      } catch (SQLException unreachable) {
        if ("true".equals(System.getenv("CI"))) {
          throw new IllegalStateException(
              "Expected PostgreSQL at " + url + " under CI=true, but: " + unreachable.getMessage());
        }
        Assumptions.abort(
            "No PostgreSQL at " + url + " on this machine: " + unreachable.getMessage());
      }
    }

    @Override
    public void close() throws SQLException {
      drop.run();
      connection.close();
    }
  }
}
