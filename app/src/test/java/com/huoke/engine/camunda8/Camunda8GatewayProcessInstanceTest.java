package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceQuery;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.PublishMessage;
import com.huoke.engine.StartProcess;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessInstanceRow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Camunda8GatewayProcessInstanceTest extends Camunda8GatewayTestSupport {

  @Test
  void startsTheLatestVersionWithVariablesAndBusinessKey() {
    deployLeadQualification();

    ProcessInstanceRef ref =
        gateway.startProcess(new StartProcess(PROCESS_ID, "lead-42", Map.of("source", "douyin")));

    long instanceKey = Long.parseLong(ref.processInstanceKey());
    assertThat(ref.processDefinitionId()).isEqualTo(PROCESS_ID);
    assertThat(ref.processDefinitionKey())
        .isEqualTo(key(fake.state().instance(instanceKey).definition.key));
    assertThat(fake.state().variablesOf(instanceKey))
        .containsExactlyInAnyOrderEntriesOf(Map.of("source", "douyin", "businessKey", "lead-42"));
    JsonNode sent = fake.lastRequest("POST", "/v2/process-instances").json();
    assertThat(sent.get("processDefinitionId").asText()).isEqualTo(PROCESS_ID);
    assertThat(sent.get("processDefinitionVersion").asInt()).isEqualTo(-1); // the latest
    assertThat(sent.get("variables").get("businessKey").asText()).isEqualTo("lead-42");
  }

  @Test
  void startingAnUndeployedProcessIsNotFound() {
    assertThatThrownBy(() -> gateway.startProcess(new StartProcess("nope", null, Map.of())))
        .isInstanceOfSatisfying(
            EngineNotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("process");
              assertThat(e.key()).isEqualTo("nope");
            });
  }

  @Test
  void publishesAMessageWithItsTimeToLiveIdAndVariables() {
    gateway.publishMessage(
        new PublishMessage(
            "lead-replied", "lead-42", Duration.ofHours(1), "msg-1", Map.of("text", "你好")));

    JsonNode sent = fake.lastRequest("POST", "/v2/messages/publication").json();
    assertThat(sent.get("name").asText()).isEqualTo("lead-replied");
    assertThat(sent.get("correlationKey").asText()).isEqualTo("lead-42");
    assertThat(sent.get("timeToLive").asLong()).isEqualTo(3_600_000L);
    assertThat(sent.get("messageId").asText()).isEqualTo("msg-1");
    assertThat(sent.get("variables").get("text").asText()).isEqualTo("你好");
    assertThat(fake.state().messages())
        .singleElement()
        .satisfies(m -> assertThat(m.name()).isEqualTo("lead-replied"));
  }

  @Test
  void republishingABufferedMessageIdIsIdempotent() {
    PublishMessage message =
        new PublishMessage("lead-replied", "lead-42", Duration.ofMinutes(5), "msg-1", Map.of());

    gateway.publishMessage(message);
    gateway.publishMessage(message);

    assertThat(fake.requests("POST", "/v2/messages/publication")).hasSize(2);
    assertThat(fake.state().messages()).hasSize(1);
  }

  @Test
  void searchesInstancesByBusinessKeyAndState() {
    ProcessInstanceRow wanted = startedInstance(Map.of("businessKey", "lead-1"));
    startedInstance(Map.of("businessKey", "lead-2"));

    List<ProcessInstance> found =
        gateway.searchProcessInstances(
            new ProcessInstanceQuery(PROCESS_ID, "lead-1", ProcessInstance.State.ACTIVE, 10));

    assertThat(found)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.processInstanceKey()).isEqualTo(key(wanted.key));
              assertThat(p.processDefinitionKey()).isEqualTo(key(wanted.definition.key));
              assertThat(p.processDefinitionId()).isEqualTo(PROCESS_ID);
              assertThat(p.processDefinitionVersion()).isEqualTo(1);
              assertThat(p.businessKey()).isEqualTo("lead-1");
              assertThat(p.state()).isEqualTo(ProcessInstance.State.ACTIVE);
              assertThat(p.hasIncident()).isFalse();
              assertThat(p.startDate()).isNotNull();
              assertThat(p.endDate()).isNull();
            });
    JsonNode filter = fake.lastRequest("POST", "/v2/process-instances/search").json().get("filter");
    assertThat(filter.get("processDefinitionId").toString()).contains(PROCESS_ID);
    assertThat(filter.get("state").toString()).contains("ACTIVE");
    assertThat(filter.get("variables").get(0).get("name").asText()).isEqualTo("businessKey");
    assertThat(filter.get("variables").get(0).get("value").toString()).contains("\\\"lead-1\\\"");
    assertThat(
            fake.lastRequest("POST", "/v2/process-instances/search")
                .json()
                .get("page")
                .get("limit")
                .asInt())
        .isEqualTo(10);
  }

  @Test
  void mapsTerminatedInstancesAsCanceled() {
    ProcessInstanceRow instance = startedInstance(Map.of());
    gateway.cancelProcessInstance(key(instance.key));

    List<ProcessInstance> found =
        gateway.searchProcessInstances(
            new ProcessInstanceQuery(null, null, ProcessInstance.State.CANCELED, 10));

    assertThat(found)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.state()).isEqualTo(ProcessInstance.State.CANCELED);
              assertThat(p.endDate()).isNotNull();
              assertThat(p.businessKey()).isNull();
            });
    assertThat(
            fake.lastRequest("POST", "/v2/process-instances/search")
                .json()
                .get("filter")
                .get("state")
                .toString())
        .contains("TERMINATED");
  }

  @Test
  void getsAnInstanceWithItsBusinessKey() {
    ProcessInstanceRow instance = startedInstance(Map.of("businessKey", "lead-7"));

    ProcessInstance found = gateway.getProcessInstance(key(instance.key));

    assertThat(found.processInstanceKey()).isEqualTo(key(instance.key));
    assertThat(found.businessKey()).isEqualTo("lead-7");
    assertThat(fake.requests("GET", "/v2/process-instances/" + instance.key)).hasSize(1);
  }

  @Test
  void unknownInstanceIsNotFound() {
    assertThatThrownBy(() -> gateway.getProcessInstance("2251799813999999"))
        .isInstanceOfSatisfying(
            EngineNotFoundException.class, e -> assertThat(e.kind()).isEqualTo("process instance"));
    assertThatThrownBy(() -> gateway.cancelProcessInstance("2251799813999999"))
        .isInstanceOf(EngineNotFoundException.class);
    assertThatThrownBy(() -> gateway.getElementInstances("2251799813999999"))
        .isInstanceOf(EngineNotFoundException.class);
    assertThatThrownBy(() -> gateway.getVariables("2251799813999999"))
        .isInstanceOf(EngineNotFoundException.class);
  }

  @Test
  void listsElementInstancesByBpmnTypeWithoutTheProcessItself() {
    ProcessInstanceRow instance = startedInstance(Map.of());
    var start =
        fake.state()
            .seedElementInstance(
                instance.key,
                "StartEvent_LeadReceived",
                "Lead received",
                "START_EVENT",
                "COMPLETED");
    var task =
        fake.state()
            .seedElementInstance(
                instance.key, "ServiceTask_ScoreLead", "Score lead", "SERVICE_TASK", "ACTIVE");

    List<ElementInstance> elements = gateway.getElementInstances(key(instance.key));

    assertThat(elements)
        .extracting(
            ElementInstance::elementInstanceKey,
            ElementInstance::elementId,
            ElementInstance::elementName,
            ElementInstance::elementType,
            ElementInstance::state)
        .containsExactly(
            tuple(
                key(start.key),
                "StartEvent_LeadReceived",
                "Lead received",
                "startEvent",
                ElementInstance.State.COMPLETED),
            tuple(
                key(task.key),
                "ServiceTask_ScoreLead",
                "Score lead",
                "serviceTask",
                ElementInstance.State.ACTIVE));
    assertThat(elements.get(0).endDate()).isNotNull();
    JsonNode filter = fake.lastRequest("POST", "/v2/element-instances/search").json().get("filter");
    assertThat(filter.get("processInstanceKey").asText()).isEqualTo(key(instance.key));
  }

  @Test
  void readsTheInstanceVariablesDecodedWithoutTaskLocalOnes() {
    ProcessInstanceRow instance =
        startedInstance(
            Map.of(
                "lead", Map.of("name", "王伟", "score", 82),
                "tags", List.of("hot", "douyin"),
                "hot", true));
    var task =
        fake.state()
            .seedUserTask(instance.key, "UserTask_QualifyLead", "Qualify lead", null, List.of());
    fake.state().seedVariable(task.element.key, "draft", "local only");

    Map<String, Object> variables = gateway.getVariables(key(instance.key));

    assertThat(variables)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "lead", Map.of("name", "王伟", "score", 82),
                "tags", List.of("hot", "douyin"),
                "hot", true));
    assertThat(fake.lastRequest("POST", "/v2/variables/search").query())
        .contains("truncateValues=false");
  }

  @Test
  void readsEveryPageOfALargeSearch() {
    ProcessInstanceRow instance = startedInstance(Map.of());
    for (int i = 0; i < 501; i++) {
      fake.state().seedVariable(instance.key, "answer" + i, i);
    }

    Map<String, Object> variables = gateway.getVariables(key(instance.key));

    assertThat(variables).hasSize(501).containsEntry("answer500", 500);
    List<JsonNode> pages =
        fake.requests("POST", "/v2/variables/search").stream()
            .map(r -> r.json().get("page"))
            .toList();
    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).has("after")).isFalse();
    assertThat(pages.get(1).get("after").asText()).isNotBlank();
  }

  @Test
  void cancelsAnActiveInstance() {
    ProcessInstanceRow instance = startedInstance(Map.of());

    gateway.cancelProcessInstance(key(instance.key));

    assertThat(fake.state().instance(instance.key).state).isEqualTo("TERMINATED");
    assertThat(fake.requests("POST", "/v2/process-instances/" + instance.key + "/cancellation"))
        .hasSize(1);
    assertThatThrownBy(() -> gateway.cancelProcessInstance(key(instance.key)))
        .isInstanceOf(EngineNotFoundException.class);
  }
}
