package com.huoke.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL database of a test's own beside the shared test database, for tests that work on
 * every row of a table and must not meet other tests' rows: the lead intake processors of other
 * cached contexts capture whatever is queued, as other nodes would; the churn check flags every
 * quiet customer.
 */
public final class OwnPostgresDatabase {

  public static final String USER = envOr("HUOKE_TEST_PG_USER", "postgres");
  public static final String PASSWORD = envOr("HUOKE_TEST_PG_PASSWORD", "");
  private static final String SHARED_URL =
      envOr("HUOKE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/huoke_test");

  private OwnPostgresDatabase() {}

  /** Drops and creates {@code <shared database>_<suffix>}; answers its JDBC URL. */
  public static String recreate(String suffix) {
    String name = name(suffix);
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)", "CREATE DATABASE " + name);
    return SHARED_URL.substring(0, SHARED_URL.lastIndexOf('/') + 1) + name;
  }

  /**
   * A few pooled connections instead of the server profile's 20: every test context the run keeps
   * holds its pool, and the server's 100 connections are shared by everyone on this machine.
   */
  public static void smallPool(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
    registry.add("spring.datasource.hikari.minimum-idle", () -> "1");
  }

  /** The same as command-line arguments, for an app started with SpringApplicationBuilder. */
  public static List<String> smallPoolArguments() {
    return List.of(
        "--spring.datasource.hikari.maximum-pool-size=6",
        "--spring.datasource.hikari.minimum-idle=1");
  }

  public static void drop(String suffix) {
    execute("DROP DATABASE IF EXISTS " + name(suffix) + " WITH (FORCE)");
  }

  private static String name(String suffix) {
    String path = SHARED_URL.substring(SHARED_URL.lastIndexOf('/') + 1);
    int query = path.indexOf('?');
    return (query < 0 ? path : path.substring(0, query)) + "_" + suffix;
  }

  private static void execute(String... statements) {
    try (Connection connection = DriverManager.getConnection(SHARED_URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare a test database: " + e.getMessage(), e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
