package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.HuoKeApplication;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A lead accepted while no worker runs is not lost: after the app stops and starts again on the
 * same database with workers on, the lead is scored and reaches its qualification task.
 */
class LeadIntakeDurabilityTest {

  @TempDir Path dataDir;

  @Test
  void scoresALeadAcceptedBeforeARestart() {
    String location;
    try (ConfigurableApplicationContext app = start(false)) {
      LeadApi api = new LeadApi(port(app));
      LeadApi.Response created = api.post(LeadFixtures.hotLead());
      assertThat(created.status()).isEqualTo(201);
      location = created.location();
      JsonNode waiting = api.lead(location);
      assertThat(waiting.at("/status").asText()).isEqualTo("NEW");
      assertThat(waiting.at("/process/activeElementIds").toString())
          .contains("ServiceTask_ScoreLead");
    }

    try (ConfigurableApplicationContext app = start(true)) {
      LeadApi api = new LeadApi(port(app));
      String path = location.substring(location.indexOf("/api/"));
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                JsonNode lead = api.get(path).body();
                assertThat(lead.at("/status").asText()).isEqualTo("QUALIFYING");
                assertThat(lead.at("/score/total").asInt()).isEqualTo(73);
                assertThat(lead.at("/process/openTasks/0/elementId").asText())
                    .isEqualTo("UserTask_QualifyLead");
              });
    }
  }

  private ConfigurableApplicationContext start(boolean workers) {
    // command-line arguments, so they win over the test's config/application.yml
    return new SpringApplicationBuilder(HuoKeApplication.class)
        .run(
            "--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("huoke"),
            "--huoke.workers.enabled=" + workers);
  }

  private static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }
}
