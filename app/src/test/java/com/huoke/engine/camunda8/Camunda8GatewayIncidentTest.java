package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.Incident;
import com.huoke.engine.IncidentQuery;
import com.huoke.engine.camunda8.fake.FakeRows.JobRow;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessInstanceRow;
import com.huoke.engine.camunda8.fake.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Camunda8GatewayIncidentTest extends Camunda8GatewayTestSupport {

  ProcessInstanceRow instance;
  JobRow scoring;
  long incidentKey;

  @BeforeEach
  void aScoringJobThatRanOutOfRetries() {
    instance = startedInstance(Map.of("businessKey", "lead-42"));
    scoring =
        fake.state().seedJob(instance.key, "ServiceTask_ScoreLead", "score-lead", 1, Map.of());
    // the worker's last attempt fails, through the real client, as the starter would report it
    client.newFailCommand(scoring.key).retries(0).errorMessage("CRM timed out").send().join();
    incidentKey = fake.state().incidents().get(0).key;
    fake.clearRequests();
  }

  @Test
  void searchesTheActiveIncidentsOfAnInstance() {
    List<Incident> incidents =
        gateway.searchIncidents(IncidentQuery.ofProcessInstance(key(instance.key)));

    assertThat(incidents)
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.incidentKey()).isEqualTo(key(incidentKey));
              assertThat(i.processInstanceKey()).isEqualTo(key(instance.key));
              assertThat(i.processDefinitionId()).isEqualTo(PROCESS_ID);
              assertThat(i.elementId()).isEqualTo("ServiceTask_ScoreLead");
              assertThat(i.jobKey()).isEqualTo(key(scoring.key));
              assertThat(i.errorType()).isEqualTo("JOB_NO_RETRIES");
              assertThat(i.errorMessage()).isEqualTo("CRM timed out");
              assertThat(i.creationTime()).isNotNull();
            });
    var filter = fake.lastRequest("POST", "/v2/incidents/search").json().get("filter");
    assertThat(filter.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(filter.get("processInstanceKey").asText()).isEqualTo(key(instance.key));
    assertThat(gateway.getProcessInstance(key(instance.key)).hasIncident()).isTrue();
  }

  @Test
  void searchesIncidentsByProcess() {
    assertThat(gateway.searchIncidents(new IncidentQuery(null, PROCESS_ID, 10))).hasSize(1);
    assertThat(gateway.searchIncidents(new IncidentQuery(null, "other-process", 10))).isEmpty();
  }

  @Test
  void retryGivesTheJobRetriesBeforeResolvingTheIncident() {
    gateway.retryIncident(key(incidentKey), 2);

    List<RecordedRequest> commands =
        fake.requests().stream().filter(r -> !r.method().equals("GET")).toList();
    assertThat(commands)
        .extracting(RecordedRequest::method, RecordedRequest::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PATCH", "/v2/jobs/" + scoring.key),
            org.assertj.core.groups.Tuple.tuple(
                "POST", "/v2/incidents/" + incidentKey + "/resolution"));
    assertThat(commands.get(0).json().at("/changeset/retries").asInt()).isEqualTo(2);
    assertThat(fake.state().incident(incidentKey).orElseThrow().state).isEqualTo("RESOLVED");
    assertThat(fake.state().job(scoring.key).orElseThrow().retries).isEqualTo(2);
    assertThat(gateway.searchIncidents(IncidentQuery.ofProcessInstance(key(instance.key))))
        .isEmpty();
  }

  @Test
  void retryNeedsAtLeastOneRetry() {
    assertThatThrownBy(() -> gateway.retryIncident(key(incidentKey), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void retryingAnUnknownIncidentIsNotFound() {
    assertThatThrownBy(() -> gateway.retryIncident("2251799813999999", 1))
        .isInstanceOfSatisfying(
            EngineNotFoundException.class, e -> assertThat(e.kind()).isEqualTo("incident"));
  }
}
