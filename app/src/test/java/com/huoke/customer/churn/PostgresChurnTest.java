package com.huoke.customer.churn;

import com.huoke.testsupport.OwnPostgresDatabase;
import com.huoke.testsupport.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ChurnScenario} on the local PostgreSQL server, in a database of its own: the check flags
 * every quiet customer, and other tests' customers must stay as they are.
 */
@PostgresTest
class PostgresChurnTest extends ChurnScenario {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    String url = OwnPostgresDatabase.recreate("churn");
    registry.add("spring.datasource.url", () -> url);
  }
}
