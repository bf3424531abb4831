package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.HuoKeApplication;
import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/** With no engine property the app runs the embedded engine and no Camunda 8 client. */
@SpringBootTest(
    classes = HuoKeApplication.class,
    properties = "spring.datasource.url=jdbc:h2:mem:embedded-defaults;DB_CLOSE_DELAY=-1")
class EmbeddedModeDefaultsTest {

  @Autowired ApplicationContext context;
  @Autowired Environment environment;

  @Test
  void theDefaultModeDisablesTheCamundaClient() {
    assertThat(environment.getProperty("camunda.client.enabled")).isEqualTo("false");
    assertThat(context.getBeanNamesForType(CamundaClient.class)).isEmpty();
    assertThat(context.getBeanNamesForType(Camunda8EngineGateway.class)).isEmpty();
  }

  @Test
  void theDefaultModeRunsTheEmbeddedEngine() {
    assertThat(context.getBeanNamesForType(ProcessEngine.class)).isNotEmpty();
  }
}
