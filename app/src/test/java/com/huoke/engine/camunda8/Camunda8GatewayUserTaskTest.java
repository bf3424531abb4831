package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessInstanceRow;
import com.huoke.engine.camunda8.fake.FakeRows.UserTaskRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Camunda8GatewayUserTaskTest extends Camunda8GatewayTestSupport {

  ProcessInstanceRow instance;
  UserTaskRow qualify;

  @BeforeEach
  void aLeadWaitingForQualification() {
    instance = startedInstance(Map.of("businessKey", "lead-42", "score", 82));
    qualify =
        fake.state()
            .seedUserTask(
                instance.key,
                "UserTask_QualifyLead",
                "Qualify lead",
                "qualify-lead",
                List.of("sales"));
  }

  @Test
  void searchesOpenTasksOfferedToAnyOfTheGroups() {
    ProcessInstanceRow other = startedInstance(Map.of());
    fake.state().seedUserTask(other.key, "UserTask_Support", "Answer", null, List.of("support"));

    List<UserTask> tasks =
        gateway.searchUserTasks(
            new UserTaskQuery(null, null, null, null, List.of("sales", "sales-leads"), false, 50));

    assertThat(tasks)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.userTaskKey()).isEqualTo(key(qualify.key));
              assertThat(t.name()).isEqualTo("Qualify lead");
              assertThat(t.elementId()).isEqualTo("UserTask_QualifyLead");
              assertThat(t.processInstanceKey()).isEqualTo(key(instance.key));
              assertThat(t.processDefinitionId()).isEqualTo(PROCESS_ID);
              assertThat(t.candidateGroups()).containsExactly("sales");
              assertThat(t.formId()).isEqualTo("qualify-lead");
              assertThat(t.assignee()).isNull();
              assertThat(t.creationDate()).isNotNull();
              assertThat(t.state()).isEqualTo(UserTask.State.CREATED);
            });
    JsonNode sent = fake.lastRequest("POST", "/v2/user-tasks/search").json();
    assertThat(sent.at("/filter/candidateGroup/$in").toString())
        .isEqualTo("[\"sales\",\"sales-leads\"]");
    assertThat(sent.at("/filter/state").toString()).contains("CREATED");
    assertThat(sent.at("/page/limit").asInt()).isEqualTo(50);
    assertThat(fake.requests("GET", "/v2/user-tasks/" + qualify.key + "/form")).hasSize(1);
  }

  @Test
  void searchesByInstanceAndIncludesFinishedTasksOnRequest() {
    gateway.completeUserTask(key(qualify.key), Map.of());

    assertThat(gateway.searchUserTasks(UserTaskQuery.ofProcessInstance(key(instance.key))))
        .isEmpty();
    assertThat(
            gateway.searchUserTasks(
                new UserTaskQuery(
                    key(instance.key), PROCESS_ID, "UserTask_QualifyLead", null, null, true, 10)))
        .singleElement()
        .satisfies(t -> assertThat(t.state()).isEqualTo(UserTask.State.COMPLETED));
    JsonNode filter = fake.lastRequest("POST", "/v2/user-tasks/search").json().get("filter");
    assertThat(filter.get("processInstanceKey").asText()).isEqualTo(key(instance.key));
    assertThat(filter.get("processDefinitionId").asText()).isEqualTo(PROCESS_ID);
    assertThat(filter.get("elementId").asText()).isEqualTo("UserTask_QualifyLead");
    assertThat(filter.has("state")).isFalse();
  }

  @Test
  void getsATaskAndAsksForItsFormOnlyOnce() {
    UserTask first = gateway.getUserTask(key(qualify.key));
    UserTask second = gateway.getUserTask(key(qualify.key));

    assertThat(second).isEqualTo(first);
    assertThat(first.formId()).isEqualTo("qualify-lead");
    assertThat(fake.requests("GET", "/v2/user-tasks/" + qualify.key + "/form")).hasSize(1);
  }

  @Test
  void unknownTaskIsNotFound() {
    String unknown = "2251799813999999";
    assertThatThrownBy(() -> gateway.getUserTask(unknown))
        .isInstanceOfSatisfying(
            EngineNotFoundException.class, e -> assertThat(e.kind()).isEqualTo("user task"));
    assertThatThrownBy(() -> gateway.getUserTaskVariables(unknown))
        .isInstanceOf(EngineNotFoundException.class);
    assertThatThrownBy(() -> gateway.claimUserTask(unknown, "li.na"))
        .isInstanceOf(EngineNotFoundException.class);
    assertThatThrownBy(() -> gateway.unclaimUserTask(unknown))
        .isInstanceOf(EngineNotFoundException.class);
    assertThatThrownBy(() -> gateway.completeUserTask(unknown, Map.of()))
        .isInstanceOf(EngineNotFoundException.class);
    assertThatThrownBy(() -> gateway.updateUserTaskCandidateGroups(unknown, List.of("x")))
        .isInstanceOf(EngineNotFoundException.class);
  }

  @Test
  void readsTaskVariablesWithLocalValuesOverInstanceValues() {
    fake.state().seedVariable(qualify.element.key, "score", 90);
    fake.state().seedVariable(qualify.element.key, "note", "called back");

    Map<String, Object> variables = gateway.getUserTaskVariables(key(qualify.key));

    assertThat(variables)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("businessKey", "lead-42", "score", 90, "note", "called back"));
    assertThat(
            fake.lastRequest("POST", "/v2/user-tasks/" + qualify.key + "/variables/search").query())
        .contains("truncateValues=false");
  }

  @Test
  void claimsAnUnassignedTask() {
    gateway.claimUserTask(key(qualify.key), "li.na");

    assertThat(fake.state().userTask(qualify.key).orElseThrow().assignee).isEqualTo("li.na");
    JsonNode sent =
        fake.lastRequest("POST", "/v2/user-tasks/" + qualify.key + "/assignment").json();
    assertThat(sent.get("assignee").asText()).isEqualTo("li.na");
    assertThat(sent.get("allowOverride").asBoolean()).isFalse();
  }

  @Test
  void claimingATaskHeldBySomeoneElseFails() {
    gateway.claimUserTask(key(qualify.key), "li.na");

    assertThatThrownBy(() -> gateway.claimUserTask(key(qualify.key), "wang.wei"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("li.na");
    assertThat(fake.state().userTask(qualify.key).orElseThrow().assignee).isEqualTo("li.na");
  }

  @Test
  void claimingATaskOneAlreadyHoldsSucceeds() {
    gateway.claimUserTask(key(qualify.key), "li.na");

    gateway.claimUserTask(key(qualify.key), "li.na");

    assertThat(fake.state().userTask(qualify.key).orElseThrow().assignee).isEqualTo("li.na");
  }

  @Test
  void unclaimsATask() {
    gateway.claimUserTask(key(qualify.key), "li.na");

    gateway.unclaimUserTask(key(qualify.key));

    assertThat(fake.state().userTask(qualify.key).orElseThrow().assignee).isNull();
    assertThat(fake.requests("DELETE", "/v2/user-tasks/" + qualify.key + "/assignee")).hasSize(1);
  }

  @Test
  void completesATaskWithVariables() {
    gateway.completeUserTask(key(qualify.key), Map.of("qualified", "yes", "budget", 50000));

    assertThat(fake.state().userTask(qualify.key).orElseThrow().state).isEqualTo("COMPLETED");
    assertThat(fake.state().variablesOf(instance.key))
        .containsEntry("qualified", "yes")
        .containsEntry("budget", 50000);
    JsonNode sent =
        fake.lastRequest("POST", "/v2/user-tasks/" + qualify.key + "/completion").json();
    assertThat(sent.get("variables").get("qualified").asText()).isEqualTo("yes");
    assertThatThrownBy(() -> gateway.completeUserTask(key(qualify.key), Map.of()))
        .isInstanceOf(EngineNotFoundException.class);
  }

  @Test
  void replacesTheCandidateGroups() {
    gateway.updateUserTaskCandidateGroups(key(qualify.key), List.of("sales-leads"));

    assertThat(fake.state().userTask(qualify.key).orElseThrow().candidateGroups)
        .containsExactly("sales-leads");
    JsonNode sent = fake.lastRequest("PATCH", "/v2/user-tasks/" + qualify.key).json();
    assertThat(sent.at("/changeset/candidateGroups").toString()).isEqualTo("[\"sales-leads\"]");
  }
}
