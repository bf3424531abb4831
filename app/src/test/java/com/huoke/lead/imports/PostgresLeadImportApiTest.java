package com.huoke.lead.imports;

import com.huoke.testsupport.OwnPostgresDatabase;
import com.huoke.testsupport.PostgresTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link LeadImportApiScenario} on the local PostgreSQL server, in a database of its own: the
 * import runners of other test contexts on the shared database would otherwise take its imports.
 * Its context is closed after the class (no other test can reuse it) to give its connections back.
 */
@PostgresTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresLeadImportApiTest extends LeadImportApiScenario {

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry registry) {
    String url = OwnPostgresDatabase.recreate("imports");
    registry.add("spring.datasource.url", () -> url);
    OwnPostgresDatabase.smallPool(registry);
  }
}
