package com.huoke.lead;

import com.huoke.testsupport.OwnPostgresDatabase;
import com.huoke.testsupport.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@link LeadIntakeRestartScenario} on the local PostgreSQL server, in a database of its own. */
@PostgresTest
class PostgresLeadIntakeRestartTest extends LeadIntakeRestartScenario {

  private String url;

  @BeforeEach
  void createDatabase() {
    url = OwnPostgresDatabase.recreate("restart");
  }

  @AfterEach
  void dropDatabase() {
    OwnPostgresDatabase.drop("restart");
  }

  @Override
  List<String> databaseArguments() {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + OwnPostgresDatabase.USER,
                "--spring.datasource.password=" + OwnPostgresDatabase.PASSWORD));
    arguments.addAll(OwnPostgresDatabase.smallPoolArguments());
    return arguments;
  }
}
