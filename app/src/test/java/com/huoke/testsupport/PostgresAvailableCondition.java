package com.huoke.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests when the test database answers. On a laptop without PostgreSQL they are
 * skipped with a message saying so; under {@code CI=true} a missing server fails the run instead,
 * so CI can never pass without having run them.
 */
final class PostgresAvailableCondition implements ExecutionCondition {

  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/huoke_test";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = env("HUOKE_TEST_PG_URL", DEFAULT_URL);
    try (Connection ignored =
        DriverManager.getConnection(
            url, env("HUOKE_TEST_PG_USER", "postgres"), env("HUOKE_TEST_PG_PASSWORD", ""))) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url);
    } catch (SQLException e) {
      String reason =
          "PostgreSQL is not reachable at %s (%s); start it and create the database (see .ci/run)"
              .formatted(url, e.getMessage());
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true: PostgreSQL tests must run. " + reason, e);
      }
      return ConditionEvaluationResult.disabled("Skipped: " + reason);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
