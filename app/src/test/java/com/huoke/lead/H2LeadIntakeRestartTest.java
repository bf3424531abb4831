package com.huoke.lead;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

/** {@link LeadIntakeRestartScenario} on an H2 file database, as the embedded mode runs. */
class H2LeadIntakeRestartTest extends LeadIntakeRestartScenario {

  @TempDir Path dataDir;

  @Override
  List<String> databaseArguments() {
    return List.of("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("huoke"));
  }
}
