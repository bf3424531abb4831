package com.huoke.lead.imports;

import com.huoke.lead.OwnPostgresDatabase;
import com.huoke.testsupport.PostgresTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LeadImportApiScenario} on the local PostgreSQL server, in a database of its own: the
 * import runners of other test contexts on the shared database would otherwise take its imports.
 */
@PostgresTest
class PostgresLeadImportApiTest extends LeadImportApiScenario {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    String url = OwnPostgresDatabase.recreate("imports");
    registry.add("spring.datasource.url", () -> url);
  }
}
