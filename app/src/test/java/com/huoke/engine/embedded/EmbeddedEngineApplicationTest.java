package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.huoke.engine.EngineGateway;
import com.huoke.engine.Incident;
import com.huoke.engine.IncidentQuery;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.PublishMessage;
import com.huoke.engine.StartProcess;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** The whole app in embedded mode on H2: the gateway Spring wires, with Spring's transactions. */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:gateway-app;DB_CLOSE_DELAY=-1")
class EmbeddedEngineApplicationTest {

  private static final String WORKER = "application-test";

  @Autowired private EngineGateway gateway;
  @Autowired private ExternalTaskService externalTasks;
  @Autowired private MeterRegistry meterRegistry;
  @Autowired private TestRestTemplate http;

  @BeforeEach
  void deploy() {
    gateway.deploy(List.of(EmbeddedEngine.resource("apptest/gateway-check.bpmn")));
  }

  @Test
  void theGatewayIsTheEmbeddedOne() {
    assertThat(gateway).isInstanceOf(OperatonEngineGateway.class);
  }

  @Test
  void runsACamunda8ProcessWithJsonVariablesInFeel() {
    String instance = start("O-1");
    complete("O-1", Map.of("order", Map.of("id", "O-1", "amount", 1500, "tags", List.of("vip"))));

    assertThat(gateway.getVariables(instance))
        .containsEntry("order", Map.of("id", "O-1", "amount", 1500, "tags", List.of("vip")));
    assertThat(gateway.getElementInstances(instance))
        .filteredOn(element -> element.elementId().equals("Message_Confirmed_Caught"))
        .singleElement()
        .extracting(element -> element.state().name())
        .isEqualTo("ACTIVE");
  }

  @Test
  void anEarlyMessageIsConsumedByTheJobExecutorOnceTheSubscriptionOpens() {
    gateway.publishMessage(
        new PublishMessage(
            "gateway-check-confirmed", "O-2", Duration.ofMinutes(5), "confirm-O-2", Map.of()));
    String instance = start("O-2");

    complete("O-2", Map.of("order", Map.of("id", "O-2", "amount", 5000, "tags", List.of("vip"))));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(gateway.getProcessInstance(instance).state())
                    .isEqualTo(ProcessInstance.State.COMPLETED));
  }

  @Test
  void countsInstancesAndIncidentsInTheAppsMeterRegistry() {
    String instance = start("O-3");
    LockedExternalTask task = lock("O-3");
    externalTasks.handleFailure(task.getId(), WORKER, "no stock service", null, 0, 0);

    List<Incident> incidents = gateway.searchIncidents(IncidentQuery.ofProcessInstance(instance));
    assertThat(incidents).extracting(Incident::errorMessage).containsExactly("no stock service");
    assertThat(
            meterRegistry
                .get(EngineMetrics.STARTED)
                .tag(EngineMetrics.PROCESS_ID_TAG, "gateway-check")
                .counter()
                .count())
        .isPositive();
    assertThat(
            meterRegistry
                .get(EngineMetrics.INCIDENTS)
                .tag(EngineMetrics.PROCESS_ID_TAG, "gateway-check")
                .counter()
                .count())
        .isPositive();
    assertThat(http.getForObject("/actuator/prometheus", String.class))
        .contains("huoke_process_instances_started_total")
        .contains("huoke_incidents_total");
  }

  @Test
  void healthShowsTheEngineAndItsJobExecutor() {
    @SuppressWarnings("unchecked")
    Map<String, Object> health = http.getForObject("/actuator/health", Map.class);

    @SuppressWarnings("unchecked")
    Map<String, Object> components = (Map<String, Object>) health.get("components");
    assertThat(components).containsKeys("processEngine", "jobExecutor", "db");
  }

  private String start(String orderId) {
    return gateway
        .startProcess(
            new StartProcess("gateway-check", orderId, Map.of("order", Map.of("id", orderId))))
        .processInstanceKey();
  }

  /** Plays the worker for the order's job; the business key keeps tests apart. */
  private void complete(String orderId, Map<String, Object> variables) {
    externalTasks.complete(lock(orderId).getId(), WORKER, variables);
  }

  private LockedExternalTask lock(String orderId) {
    return externalTasks
        .fetchAndLock(10, WORKER)
        .topic("gateway-check", 60_000)
        .businessKey(orderId)
        .execute()
        .get(0);
  }
}
