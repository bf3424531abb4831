package com.huoke.workers.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

class StartupFailureTest {

  @Test
  void applicationDoesNotStartWhenAWorkerNeedsAJobClient() {
    SpringApplicationBuilder application =
        new SpringApplicationBuilder(AppWithManualWorker.class)
            .web(WebApplicationType.NONE)
            .properties(
                "camunda.client.enabled=false", "spring.datasource.generate-unique-name=true");

    assertThatThrownBy(application::run)
        .isInstanceOf(UnsupportedJobWorkerException.class)
        .hasMessageContaining("ManualWorker#handle")
        .hasMessageContaining("StartupFailureTest$ManualWorker'")
        .hasMessageContaining("JobClient parameter");
  }

  @Test
  void workersStayOffInCamunda8Mode() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(AppWithManualWorker.class)
            .web(WebApplicationType.NONE)
            .properties(
                "huoke.engine=camunda8",
                "camunda.client.enabled=false",
                "spring.datasource.generate-unique-name=true")
            .run()) {
      assertThat(context.getBeansOfType(EmbeddedJobWorkers.class)).isEmpty();
    }
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(ManualWorker.class)
  static class AppWithManualWorker {}

  static class ManualWorker {

    @JobWorker(type = "manual")
    public void handle(JobClient client, ActivatedJob job) {
      client.newCompleteCommand(job.getKey()).send().join();
    }
  }
}
