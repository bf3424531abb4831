package com.huoke.lead;

import com.huoke.testsupport.OwnPostgresDatabase;
import com.huoke.testsupport.PostgresTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LeadListAndStatsScenario} on the local PostgreSQL server, in a database of its own: the
 * workers of other test contexts would otherwise score the seeded leads and change their state. Its
 * context is closed after the class (no other test can reuse it) to give its connections back.
 */
@PostgresTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresLeadListAndStatsTest extends LeadListAndStatsScenario {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    String url = OwnPostgresDatabase.recreate("list");
    registry.add("spring.datasource.url", () -> url);
    OwnPostgresDatabase.smallPool(registry);
  }
}
