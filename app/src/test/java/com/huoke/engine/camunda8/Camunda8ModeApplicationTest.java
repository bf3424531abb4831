package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.HuoKeApplication;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.camunda8.fake.FakeCamundaServer;
import com.huoke.engine.camunda8.fake.FakeRows.JobRow;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessInstanceRow;
import com.huoke.engine.camunda8.fake.RecordedRequest;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app with {@code huoke.engine=camunda8} against the fake cluster: no embedded engine,
 * the Camunda 8 gateway, and {@code @JobWorker} beans run by the starter over REST.
 */
@SpringBootTest(
    classes = {
      HuoKeApplication.class,
      Camunda8ModeApplicationTest.GreetingWorkerConfiguration.class
    },
    properties = {
      "huoke.engine=camunda8", // read while the environment is prepared, so not dynamic
      "spring.datasource.url=jdbc:h2:mem:camunda8-mode;DB_CLOSE_DELAY=-1",
      "camunda.client.grpc-address=http://127.0.0.1:1",
      "camunda.client.worker.defaults.poll-interval=PT0.05S"
    })
@DirtiesContext // its workers poll the fake until the context closes, and the fake with it
class Camunda8ModeApplicationTest {

  static final FakeCamundaServer FAKE = FakeCamundaServer.start();

  @DynamicPropertySource
  static void pointTheClientAtTheFake(DynamicPropertyRegistry registry) {
    registry.add("camunda.client.rest-address", () -> FAKE.restAddress().toString());
  }

  @Autowired ApplicationContext context;

  @Test
  void startsNoEmbeddedEngine() {
    assertThat(context.getBeanNamesForType(ProcessEngine.class)).isEmpty();
  }

  @Test
  void theGatewayIsTheCamunda8One() {
    assertThat(context.getBean(EngineGateway.class)).isInstanceOf(Camunda8EngineGateway.class);
  }

  @Test
  void theStarterRunsJobWorkersAgainstTheCluster() {
    FAKE.state().seedProcessDefinition("greeting", "Greeting", "<definitions/>");
    ProcessInstanceRow instance =
        FAKE.state().seedProcessInstance("greeting", Map.of("name", "王伟"));
    JobRow job =
        FAKE.state().seedJob(instance.key, "ServiceTask_Greet", "huoke-test-greet", 3, Map.of());

    String completion = "/v2/jobs/" + job.key + "/completion";
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !FAKE.requests("POST", completion).isEmpty());

    RecordedRequest completed = FAKE.lastRequest("POST", completion);
    assertThat(completed.json().at("/variables/greeting").asText()).isEqualTo("你好, 王伟");
    assertThat(FAKE.state().job(job.key)).isEmpty();
    assertThat(FAKE.state().variablesOf(instance.key)).containsEntry("greeting", "你好, 王伟");
    JsonNode activation =
        FAKE.requests("POST", "/v2/jobs/activation").stream()
            .map(RecordedRequest::json)
            .filter(body -> body.get("type").asText().equals("huoke-test-greet"))
            .findFirst()
            .orElseThrow();
    assertThat(activation.get("fetchVariable").toString()).contains("name");
  }

  /** A worker written the Camunda 8 way, as every worker in {@code workers/} is. */
  @TestConfiguration(proxyBeanMethods = false)
  static class GreetingWorkerConfiguration {

    /** Closed with the context, after the client that polls it. */
    @Bean(destroyMethod = "close")
    FakeCamundaServer fakeCluster() {
      return FAKE;
    }

    @Bean
    GreetingWorker greetingWorker() {
      return new GreetingWorker();
    }
  }

  /** Public, like every worker: the starter invokes the handler method reflectively. */
  public static class GreetingWorker {

    @JobWorker(type = "huoke-test-greet")
    public Map<String, Object> greet(@Variable String name) {
      return Map.of("greeting", "你好, " + name);
    }
  }
}
