package com.huoke.security;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/** {@link InitialAdminScenario} on an in-memory H2 database that outlives each app start. */
class H2InitialAdminTest extends InitialAdminScenario {

  private String url;

  @BeforeEach
  void newDatabase() {
    url = "jdbc:h2:mem:initial-admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  @Override
  List<String> databaseArguments() {
    return List.of("--spring.datasource.url=" + url);
  }
}
