package com.huoke.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.process.FlakyStepWorker;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.JsonApi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The console in Debian's Chromium, driven by Playwright ({@code console/e2e/}), against the whole
 * app on a random port: sign-in, modeler, tasklist and monitor over the real API, engine and
 * workers. Screenshots of every page land in {@code app/target/browser-screenshots/}.
 *
 * <p>On H2, the app's default database: every run starts from an empty database, so lead-intake is
 * at version 1 and the admin has no other tasks; the same API on PostgreSQL is covered by {@code
 * PostgresProcessApiTest}. The test worker of {@code processapi/flaky-step.bpmn} leaves one
 * instance in an incident for the browser to retry.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "huoke.leads.hot-threshold=60")
@Import(FlakyStepWorker.class)
class ConsoleBrowserTest {

  private static final Duration INCIDENT_PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;

  @Value("${huoke.security.initial-admin.username:admin}")
  String adminUsername;

  @Value("${huoke.security.initial-admin.password}")
  String adminPassword;

  @AfterEach
  void failAgain() {
    FlakyStepWorker.FAILING.set(true);
  }

  @Test
  void adminSignsInDeploysAChangedProcessWorksItsTaskAndRetriesAnIncidentInTheBrowser()
      throws Exception {
    PlaywrightRun run = PlaywrightRun.prepare();
    JsonApi admin = new JsonApi(port).as(Caller.ADMIN);
    String processId = "flaky-step-" + UUID.randomUUID().toString().substring(0, 8);
    String instanceKey = instanceWithAnIncident(admin, processId);

    PlaywrightRun.Result result =
        run.against(
            port,
            Map.of(
                "HUOKE_ADMIN_USERNAME", adminUsername,
                "HUOKE_ADMIN_PASSWORD", adminPassword,
                "HUOKE_INCIDENT_PROCESS", processId,
                "HUOKE_INCIDENT_INSTANCE", instanceKey,
                "HUOKE_INCIDENT_MESSAGE", FlakyStepWorker.FAILURE));

    assertThat(result.exitCode())
        .as(
            "npx playwright test in console/ (screenshots: %s, traces: %s); its output:%n%s",
            PlaywrightRun.SCREENSHOTS.toAbsolutePath(),
            PlaywrightRun.OUTPUT.toAbsolutePath(),
            result.output())
        .isZero();
    assertThat(PlaywrightRun.SCREENSHOTS.resolve("01-login-wrong-password.png")).exists();
  }

  /**
   * Starts the flaky step's process while its worker fails: the job has one retry, so the engine
   * raises an incident at once. Then the "SMS gateway" comes back (the switch is cleared), as it
   * would before an operator retries in the monitor.
   */
  private static String instanceWithAnIncident(JsonApi admin, String processId) throws IOException {
    FlakyStepWorker.FAILING.set(true);
    String bpmn = flakyStepBpmn().replace("PROCESS_ID", processId);
    admin
        .post(
            "/api/v1/deployments",
            Map.of("resources", List.of(Map.of("name", "flaky-step.bpmn", "content", bpmn))))
        .expect(201);
    String instanceKey =
        admin
            .post(
                "/api/v1/process-instances",
                Map.of("processDefinitionId", processId, "variables", Map.of("orderId", "SO-1")))
            .expect(201)
            .get("processInstanceKey")
            .asText();
    JsonNode incidents =
        await()
            .atMost(INCIDENT_PATIENCE)
            .until(
                () -> admin.get("/api/v1/incidents?processInstanceKey=" + instanceKey).expect(200),
                found -> found.size() == 1);
    assertThat(incidents.at("/0/errorMessage").asText()).isEqualTo(FlakyStepWorker.FAILURE);
    FlakyStepWorker.FAILING.set(false);
    return instanceKey;
  }

  private static String flakyStepBpmn() throws IOException {
    try (InputStream in =
        ConsoleBrowserTest.class.getResourceAsStream("/processapi/flaky-step.bpmn")) {
      assertThat(in).as("test resource processapi/flaky-step.bpmn").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return fail("Cannot read processapi/flaky-step.bpmn: " + e.getMessage(), e);
    }
  }
}
