package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentProblem;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.FormDefinition;
import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceCounts;
import com.huoke.engine.ProcessInstancePage;
import com.huoke.engine.ProcessInstanceQuery;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessInstanceRow;
import com.huoke.engine.camunda8.fake.FakeRows.UserTaskRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the console's modeler and monitor read through the camunda8 gateway, on the fake cluster.
 */
class Camunda8GatewayMonitorTest extends Camunda8GatewayTestSupport {

  @Test
  void listsEveryVersionNewestFirstAndGetsOneByKey() {
    deployLeadQualification();
    Deployment second = gateway.deploy(List.of(renamed("线索资格审核 v2")));

    List<ProcessDefinition> versions = gateway.searchProcessDefinitionVersions(PROCESS_ID);

    assertThat(versions).extracting(ProcessDefinition::version).containsExactly(2, 1);
    JsonNode sent = fake.lastRequest("POST", "/v2/process-definitions/search").json();
    assertThat(sent.at("/filter/processDefinitionId").toString()).contains(PROCESS_ID);
    assertThat(sent.at("/sort/0/field").asText()).isEqualTo("version");
    assertThat(sent.at("/sort/0/order").asText()).isEqualTo("DESC");
    String key = second.processes().get(0).processDefinitionKey();
    ProcessDefinition definition = gateway.getProcessDefinition(key);
    assertThat(definition.processDefinitionId()).isEqualTo(PROCESS_ID);
    assertThat(definition.version()).isEqualTo(2);
    assertThatThrownBy(() -> gateway.getProcessDefinition("4503599627370999"))
        .isInstanceOf(EngineNotFoundException.class);
    assertThatThrownBy(() -> gateway.getProcessDefinition("not-a-key"))
        .isInstanceOf(EngineNotFoundException.class);
  }

  @Test
  void countsInstancesByStateOverAllVersionsFromTheSearchTotals() {
    deployLeadQualification();
    ProcessInstanceRow active = fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    gateway.deploy(List.of(renamed("v2")));
    fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    ProcessInstanceRow completed = fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    completed.state = "COMPLETED";
    ProcessInstanceRow canceled = fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    canceled.state = "TERMINATED";
    var job = fake.state().seedJob(active.key, "ServiceTask_ScoreLead", "score-lead", 1, Map.of());
    client.newFailCommand(job.key).retries(0).errorMessage("CRM timed out").send().join();
    fake.clearRequests();

    ProcessInstanceCounts counts = gateway.countProcessInstances(PROCESS_ID);

    assertThat(counts).isEqualTo(new ProcessInstanceCounts(2, 1, 1, 1));
    var searches = fake.requests("POST", "/v2/process-instances/search");
    assertThat(searches).hasSize(4);
    assertThat(searches).allSatisfy(r -> assertThat(r.json().at("/page/limit").asInt()).isOne());
  }

  @Test
  void pagesInstancesNewestFirstWithTheTotalAndFiltersByIncident() {
    deployLeadQualification();
    ProcessInstanceRow first = fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    ProcessInstanceRow second = fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    ProcessInstanceRow third = fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    var job = fake.state().seedJob(first.key, "ServiceTask_ScoreLead", "score-lead", 1, Map.of());
    client.newFailCommand(job.key).retries(0).errorMessage("CRM timed out").send().join();
    ProcessInstanceQuery query = new ProcessInstanceQuery(PROCESS_ID, null, null, null, 0);

    ProcessInstancePage page = gateway.searchProcessInstances(query, 1, 1);

    assertThat(page.totalItems()).isEqualTo(3);
    assertThat(page.items())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.processInstanceKey())
                    .isIn(key(second.key), key(first.key), key(third.key)));
    JsonNode sent = fake.lastRequest("POST", "/v2/process-instances/search").json();
    assertThat(sent.at("/page/from").asInt()).isEqualTo(1);
    assertThat(sent.at("/page/limit").asInt()).isEqualTo(1);
    assertThat(sent.at("/sort/0/field").asText()).isEqualTo("startDate");
    assertThat(sent.at("/sort/0/order").asText()).isEqualTo("DESC");

    ProcessInstancePage withIncident =
        gateway.searchProcessInstances(
            new ProcessInstanceQuery(PROCESS_ID, null, ProcessInstance.State.ACTIVE, true, 0),
            0,
            10);
    assertThat(withIncident.items())
        .extracting(ProcessInstance::processInstanceKey)
        .containsExactly(key(first.key));
    assertThat(withIncident.totalItems()).isOne();
    assertThat(
            fake.lastRequest("POST", "/v2/process-instances/search")
                .json()
                .at("/filter/hasIncident")
                .asBoolean())
        .isTrue();
  }

  @Test
  void validatesWithZeebesOwnRulesWithoutCallingTheCluster() {
    DeploymentResource noJobType =
        resource("service-task-without-type.bpmn"); // a service task with no job type

    List<DeploymentProblem> problems =
        gateway.validate(
            List.of(
                noJobType,
                resource(BPMN),
                new DeploymentResource(
                    "broken.form", "{\"components\": []}".getBytes(StandardCharsets.UTF_8)),
                new DeploymentResource("notes.txt", new byte[0])));

    assertThat(problems)
        .extracting(DeploymentProblem::resource)
        .containsExactly("service-task-without-type.bpmn", "broken.form", "notes.txt");
    assertThat(problems.get(0).elementId()).isNotBlank();
    assertThat(problems.get(0).message()).containsIgnoringCase("taskDefinition");
    assertThat(fake.requests()).isEmpty();
    assertThat(
            gateway.validate(
                List.of(
                    new DeploymentResource("x.bpmn", "<not xml".getBytes(StandardCharsets.UTF_8)))))
        .singleElement()
        .satisfies(p -> assertThat(p.elementId()).isNull());
  }

  @Test
  void remembersTheFormsItDeployedAndReadsATasksFormFromTheCluster() {
    Deployment deployment = gateway.deploy(List.of(resource(BPMN), resource(FORM)));

    assertThat(deployment.forms())
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.formId()).isEqualTo("qualify-lead");
              assertThat(form.version()).isEqualTo(1);
              assertThat(form.resourceName()).isEqualTo(FORM);
            });
    assertThat(gateway.searchFormDefinitions())
        .extracting(FormDefinition::formId)
        .containsExactly("qualify-lead");
    assertThat(gateway.getFormSchema("qualify-lead")).get().asString().contains("\"qualify-lead\"");
    assertThat(gateway.getFormSchema("unknown")).isEmpty();

    ProcessInstanceRow instance = fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    UserTaskRow task =
        fake.state()
            .seedUserTask(
                instance.key, "UserTask_QualifyLead", "Qualify", "qualify-lead", List.of("sales"));
    UserTaskRow noForm =
        fake.state().seedUserTask(instance.key, "UserTask_Other", "Other", null, List.of("sales"));
    assertThat(gateway.getUserTaskFormSchema(key(task.key)))
        .get()
        .asString()
        .contains("\"qualify-lead\"");
    assertThat(gateway.getUserTaskFormSchema(key(noForm.key))).isEmpty();
    assertThatThrownBy(() -> gateway.getUserTaskFormSchema("4503599627370999"))
        .isInstanceOf(EngineNotFoundException.class);
  }

  @Test
  void findsUnassignedTasksOfferedToAUserByName() {
    deployLeadQualification();
    ProcessInstanceRow instance = fake.state().seedProcessInstance(PROCESS_ID, Map.of());
    UserTaskRow open =
        fake.state().seedUserTask(instance.key, "UserTask_A", "A", null, List.of("sales"));
    UserTaskRow held =
        fake.state().seedUserTask(instance.key, "UserTask_B", "B", null, List.of("sales"));
    gateway.claimUserTask(key(held.key), "xiao.wang");

    List<UserTask> unassigned =
        gateway.searchUserTasks(
            new UserTaskQuery(null, null, null, null, List.of("sales"), null, true, false, 10));
    gateway.searchUserTasks(
        new UserTaskQuery(null, null, null, null, null, "wang.fang", true, false, 10));

    assertThat(unassigned).extracting(UserTask::userTaskKey).containsExactly(key(open.key));
    JsonNode filter = fake.lastRequest("POST", "/v2/user-tasks/search").json().get("filter");
    assertThat(filter.at("/candidateUser").toString()).contains("wang.fang");
    assertThat(filter.at("/assignee/$exists").asBoolean(true)).isFalse();
  }

  /** The lead-qualification process with another name: a new version for Zeebe. */
  private static DeploymentResource renamed(String name) {
    String xml = new String(resource(BPMN).content(), StandardCharsets.UTF_8);
    return new DeploymentResource(
        BPMN,
        xml.replace("name=\"线索资格审核\"", "name=\"" + name + "\"").getBytes(StandardCharsets.UTF_8));
  }
}
