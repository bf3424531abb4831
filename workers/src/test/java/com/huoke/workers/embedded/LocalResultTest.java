package com.huoke.workers.embedded;

import static com.huoke.workers.embedded.fixture.TestProcesses.WAIT;
import static com.huoke.workers.embedded.fixture.TestProcesses.externalTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalResultTest extends EmbeddedBindingTest {

  @Test
  void onlyMappedOutputsReachTheProcessWhenTheResultIsLocal() {
    deploy(
        externalTask(
            "local-result",
            "local-score",
            Map.of(TranslationConventions.LOCAL_RESULT_PROPERTY, "true"),
            task -> task.operatonOutputParameter("leadScore", "${score + 5}")));

    String instance = start("local-result", Map.of("visits", 4));

    awaitAt(instance, WAIT);
    assertThat(variablesOf(instance))
        .containsEntry("leadScore", 45L)
        .doesNotContainKeys("score", "scratch");
  }

  @Test
  void resultReachesTheProcessWhenTheTaskHasNoOutputMappings() {
    deploy(externalTask("global-result", "local-score", Map.of()));

    String instance = start("global-result", Map.of("visits", 2));

    awaitAt(instance, WAIT);
    assertThat(variablesOf(instance)).containsEntry("score", 20);
  }
}
