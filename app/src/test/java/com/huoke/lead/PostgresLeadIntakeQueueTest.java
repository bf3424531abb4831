package com.huoke.lead;

import com.huoke.testsupport.OwnPostgresDatabase;
import com.huoke.testsupport.PostgresTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LeadIntakeQueueScenario} on the local PostgreSQL server, in a database of its own so that
 * only this context's processor (with this scenario's retry settings) captures its leads. Its
 * context is closed after the class (no other test can reuse it) to give its connections back.
 */
@PostgresTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresLeadIntakeQueueTest extends LeadIntakeQueueScenario {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    String url = OwnPostgresDatabase.recreate("queue");
    registry.add("spring.datasource.url", () -> url);
    OwnPostgresDatabase.smallPool(registry);
  }
}
