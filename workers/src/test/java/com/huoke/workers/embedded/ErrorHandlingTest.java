package com.huoke.workers.embedded;

import static com.huoke.workers.embedded.fixture.TestProcesses.ERROR_HANDLED;
import static com.huoke.workers.embedded.fixture.TestProcesses.WAIT;
import static com.huoke.workers.embedded.fixture.TestProcesses.externalTask;
import static com.huoke.workers.embedded.fixture.TestProcesses.externalTaskCatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.huoke.workers.embedded.fixture.TestWorkers;
import com.huoke.workers.embedded.fixture.TestWorkers.Attempt;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.externaltask.ExternalTask;
import org.operaton.bpm.engine.runtime.Incident;

class ErrorHandlingTest extends EmbeddedBindingTest {

  @Test
  void bpmnErrorIsCaughtByTheErrorBoundaryEvent() {
    deploy(externalTaskCatching("bpmn-error", "find-lead", "LEAD_NOT_FOUND"));

    String instance = start("bpmn-error", Map.of("phone", "+8613800000000"));

    awaitAt(instance, ERROR_HANDLED);
    assertThat(variablesOf(instance)).containsEntry("lookupFailedFor", "+8613800000000");
  }

  @Test
  void uncaughtBpmnErrorRaisesAnIncidentAtOnceAsInZeebe() {
    deploy(externalTask("bpmn-error-uncaught", "find-lead", Map.of()));

    String instance = start("bpmn-error-uncaught", Map.of("phone", "+8613900000000"));

    Incident incident = awaitIncident(instance);
    assertThat(incident.getIncidentMessage())
        .startsWith(
            "Expected to throw an error event with the code 'LEAD_NOT_FOUND' with message"
                + " 'no lead with phone +8613900000000', but it was not caught");
    assertThat(
            externalTaskService
                .createExternalTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getRetries())
        .isZero();
  }

  @Test
  void jobErrorIsRetriedAfterItsBackoffUntilTheWorkerSucceeds() {
    deploy(externalTask("retry", "sync-crm", Map.of(TranslationConventions.RETRIES_PROPERTY, "3")));

    String instance = start("retry", Map.of());

    awaitAt(instance, WAIT);
    assertThat(variablesOf(instance)).containsEntry("synced", true);
    List<Attempt> attempts = workers.attempts.get(instance);
    assertThat(attempts).extracting(Attempt::retries).containsExactly(3, 2, 1);
    for (int i = 1; i < attempts.size(); i++) {
      assertThat(attempts.get(i).nanoTime() - attempts.get(i - 1).nanoTime())
          .as("pause before attempt %d", i + 1)
          .isGreaterThanOrEqualTo(TestWorkers.JOB_ERROR_BACKOFF.toNanos());
    }
  }

  @Test
  void incidentCarriesTheErrorMessageWhenRetriesRunOut() {
    deploy(
        externalTask(
            "incident", "always-fails", Map.of(TranslationConventions.RETRIES_PROPERTY, "2")));

    String instance = start("incident", Map.of());

    Incident incident =
        await()
            .atMost(PATIENCE)
            .until(
                () ->
                    runtimeService.createIncidentQuery().processInstanceId(instance).singleResult(),
                found -> found != null);
    assertThat(incident.getIncidentType()).isEqualTo(Incident.EXTERNAL_TASK_HANDLER_TYPE);
    assertThat(incident.getIncidentMessage()).isEqualTo("CRM unreachable");
    ExternalTask task =
        externalTaskService.createExternalTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getRetries()).isZero();
    assertThat(externalTaskService.getExternalTaskErrorDetails(task.getId()))
        .contains("java.lang.IllegalStateException: CRM unreachable")
        .contains("TestWorkers.alwaysFails");
  }

  private Incident awaitIncident(String instance) {
    return await()
        .atMost(PATIENCE)
        .until(
            () -> runtimeService.createIncidentQuery().processInstanceId(instance).singleResult(),
            found -> found != null);
  }
}
