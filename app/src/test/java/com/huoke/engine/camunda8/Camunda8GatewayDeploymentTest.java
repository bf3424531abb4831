package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.engine.camunda8.fake.FakeRows;
import com.huoke.engine.camunda8.fake.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Camunda8GatewayDeploymentTest extends Camunda8GatewayTestSupport {

  @Test
  void deploysBpmnUnchangedAndFormAsForm() {
    DeploymentResource bpmn = resource(BPMN);
    DeploymentResource form = resource(FORM);

    Deployment deployment = gateway.deploy(List.of(bpmn, form));

    FakeRows.ProcessDefinitionRow stored = fake.state().processDefinitions().get(0);
    assertThat(deployment.deploymentKey()).matches("\\d+");
    assertThat(deployment.processes())
        .containsExactly(
            new ProcessDefinition(Long.toString(stored.key), PROCESS_ID, "线索资格审核", 1, BPMN));
    assertThat(fake.state().forms())
        .singleElement()
        .satisfies(f -> assertThat(f.formId).isEqualTo("qualify-lead"));

    RecordedRequest sent = fake.lastRequest("POST", "/v2/deployments");
    assertThat(sent.contentType()).startsWith("multipart/form-data");
    assertThat(sent.parts().stream().filter(p -> p.name().equals("resources")))
        .satisfiesExactly(
            part -> {
              assertThat(part.filename()).isEqualTo(BPMN);
              assertThat(part.content()).isEqualTo(bpmn.content());
            },
            part -> {
              assertThat(part.filename()).isEqualTo(FORM);
              assertThat(part.content()).isEqualTo(form.content());
            });
  }

  @Test
  void redeployingAnUnchangedProcessKeepsItsVersion() {
    ProcessDefinition first = gateway.deploy(List.of(resource(BPMN))).processes().get(0);

    ProcessDefinition again = gateway.deploy(List.of(resource(BPMN))).processes().get(0);

    assertThat(again).isEqualTo(first);
  }

  @Test
  void rejectsInvalidBpmnNamingTheElementAndReason() {
    DeploymentResource invalid = resource("service-task-without-type.bpmn");

    assertThatThrownBy(() -> gateway.deploy(List.of(invalid)))
        .isInstanceOfSatisfying(
            UnsupportedBpmnException.class,
            e -> {
              assertThat(e.resourceName()).isEqualTo("service-task-without-type.bpmn");
              assertThat(e.rejections())
                  .singleElement()
                  .satisfies(
                      r -> {
                        assertThat(r.elementId()).isEqualTo("ServiceTask_NoType");
                        assertThat(r.reason()).contains("zeebe:taskDefinition");
                      });
            });
    assertThat(fake.state().processDefinitions()).isEmpty();
  }

  @Test
  void refusesResourcesOfUnknownKindWithoutCallingTheEngine() {
    DeploymentResource rules =
        new DeploymentResource("rules.dmn", "<x/>".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> gateway.deploy(List.of(rules)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules.dmn");
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void searchesOnlyTheLatestVersionOfEachProcess() {
    gateway.deploy(List.of(resource(BPMN)));
    String changed =
        new String(resource(BPMN).content(), StandardCharsets.UTF_8).replace("线索资格审核", "线索资格审核 v2");
    gateway.deploy(List.of(new DeploymentResource(BPMN, changed.getBytes(StandardCharsets.UTF_8))));

    List<ProcessDefinition> definitions = gateway.searchProcessDefinitions();

    assertThat(definitions)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.processDefinitionId()).isEqualTo(PROCESS_ID);
              assertThat(d.version()).isEqualTo(2);
              assertThat(d.name()).isEqualTo("线索资格审核 v2");
              assertThat(d.resourceName()).isEqualTo(BPMN);
            });
    JsonNode filter =
        fake.lastRequest("POST", "/v2/process-definitions/search").json().get("filter");
    assertThat(filter.get("isLatestVersion").asBoolean()).isTrue();
  }

  @Test
  void readsTheDeployedXmlOfADefinition() {
    DeploymentResource bpmn = resource(BPMN);
    String key = gateway.deploy(List.of(bpmn)).processes().get(0).processDefinitionKey();

    String xml = gateway.getProcessDefinitionXml(key);

    assertThat(xml).isEqualTo(new String(bpmn.content(), StandardCharsets.UTF_8));
    assertThat(fake.requests("GET", "/v2/process-definitions/" + key + "/xml")).hasSize(1);
  }

  @Test
  void unknownDefinitionKeyIsNotFound() {
    assertThatThrownBy(() -> gateway.getProcessDefinitionXml("2251799813999999"))
        .isInstanceOfSatisfying(
            EngineNotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("process definition");
              assertThat(e.key()).isEqualTo("2251799813999999");
            });
    assertThatThrownBy(() -> gateway.getProcessDefinitionXml("not-a-key"))
        .isInstanceOf(EngineNotFoundException.class);
  }
}
