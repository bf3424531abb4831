package com.huoke.security;

import com.huoke.testsupport.OwnPostgresDatabase;
import com.huoke.testsupport.PostgresTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@link InitialAdminScenario} on the local PostgreSQL server, in an empty database of its own. */
@PostgresTest
class PostgresInitialAdminTest extends InitialAdminScenario {

  private static final String SUFFIX = "initial_admin";
  private String url;

  @BeforeEach
  void createDatabase() {
    url = OwnPostgresDatabase.recreate(SUFFIX);
  }

  @AfterEach
  void dropDatabase() {
    OwnPostgresDatabase.drop(SUFFIX);
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
