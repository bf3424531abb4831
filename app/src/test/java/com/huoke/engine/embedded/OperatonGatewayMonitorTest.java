package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.huoke.engine.StartProcess;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the console's modeler and monitor read through the embedded gateway. */
class OperatonGatewayMonitorTest {

  @RegisterExtension static final EmbeddedEngine engine = new EmbeddedEngine();

  private static String start(String leadId) {
    return engine
        .gateway
        .startProcess(new StartProcess("lead-flow", leadId, Map.of("lead", Map.of("id", leadId))))
        .processInstanceKey();
  }

  /** Scores the lead hot, so its instance waits in the qualify task. */
  private static String hotLead(String leadId) {
    String instance = start(leadId);
    engine.completeJob("score-lead", Map.of("lead", Map.of("id", leadId, "score", 80)));
    return instance;
  }

  private static UserTask qualifyTask(String instance) {
    return engine.gateway.searchUserTasks(UserTaskQuery.ofProcessInstance(instance)).get(0);
  }

  /** lead-flow with another name: a new version of the same process. */
  private static DeploymentResource renamedLeadFlow(String name) {
    DeploymentResource original = EmbeddedEngine.resource("embedded/lead-flow.bpmn");
    String xml = new String(original.content(), StandardCharsets.UTF_8);
    return new DeploymentResource(
        original.name(),
        xml.replace("name=\"Lead flow\"", "name=\"" + name + "\"")
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void listsEveryVersionNewestFirstAndGetsOneByKey() {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    Deployment second = engine.gateway.deploy(List.of(renamedLeadFlow("Lead flow v2")));

    List<ProcessDefinition> versions = engine.gateway.searchProcessDefinitionVersions("lead-flow");

    assertThat(versions).extracting(ProcessDefinition::version).containsExactly(2, 1);
    String key = second.processes().get(0).processDefinitionKey();
    assertThat(engine.gateway.getProcessDefinition(key))
        .satisfies(
            d -> {
              assertThat(d.name()).isEqualTo("Lead flow v2");
              assertThat(d.version()).isEqualTo(2);
              assertThat(d.resourceName()).isEqualTo("processes/lead-flow.bpmn");
            });
    assertThatThrownBy(() -> engine.gateway.getProcessDefinition("lead-flow:9:nope"))
        .isInstanceOf(EngineNotFoundException.class);
    assertThat(engine.gateway.searchProcessDefinitionVersions("no-such-process")).isEmpty();
  }

  @Test
  void countsInstancesByStateOverAllVersions() {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    String failing = start("lead-1");
    engine.failJob("score-lead", "AI 评分服务超时");
    engine.gateway.deploy(List.of(renamedLeadFlow("Lead flow v2")));
    String completed = hotLead("lead-2");
    UserTask task = qualifyTask(completed);
    engine.gateway.claimUserTask(task.userTaskKey(), "xiao.wang");
    engine.gateway.completeUserTask(task.userTaskKey(), Map.of("outcome", "QUALIFIED"));
    String canceled = start("lead-3");
    engine.gateway.cancelProcessInstance(canceled);
    start("lead-4");

    ProcessInstanceCounts counts = engine.gateway.countProcessInstances("lead-flow");

    assertThat(counts).isEqualTo(new ProcessInstanceCounts(2, 1, 1, 1));
    assertThat(engine.gateway.getProcessInstance(failing).hasIncident()).isTrue();
    assertThat(engine.gateway.countProcessInstances("no-such-process"))
        .isEqualTo(new ProcessInstanceCounts(0, 0, 0, 0));
  }

  @Test
  void pagesInstancesNewestFirstWithTheTotalAndFiltersByIncident() throws InterruptedException {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    String failing = start("lead-1");
    engine.failJob("score-lead", "AI 评分服务超时");
    Thread.sleep(5); // distinct start times for a stable order
    String second = start("lead-2");
    Thread.sleep(5);
    String third = start("lead-3");
    ProcessInstanceQuery query = new ProcessInstanceQuery("lead-flow", null, null, null, 0);

    ProcessInstancePage first = engine.gateway.searchProcessInstances(query, 0, 2);
    ProcessInstancePage last = engine.gateway.searchProcessInstances(query, 2, 2);

    assertThat(first.totalItems()).isEqualTo(3);
    assertThat(first.items())
        .extracting(ProcessInstance::processInstanceKey)
        .containsExactly(third, second);
    assertThat(last.items())
        .extracting(ProcessInstance::processInstanceKey)
        .containsExactly(failing);
    ProcessInstancePage withIncident =
        engine.gateway.searchProcessInstances(
            new ProcessInstanceQuery(null, null, null, true, 0), 0, 10);
    assertThat(withIncident.items())
        .extracting(ProcessInstance::processInstanceKey)
        .containsExactly(failing);
    assertThat(withIncident.totalItems()).isOne();
    assertThatThrownBy(
            () ->
                engine.gateway.searchProcessInstances(
                    new ProcessInstanceQuery(null, null, null, false, 0), 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validatesWithTheTranslatorWithoutDeploying() {
    // the app's gateway: Camunda 8 BPMN through the real translator
    OperatonEngineGateway gateway = new OperatonEngineGateway(engine.engine.processEngine());

    List<DeploymentProblem> problems =
        gateway.validate(
            List.of(
                EmbeddedEngine.resource("processapi/unsupported.bpmn"),
                EmbeddedEngine.resource("processapi/approval.bpmn"),
                new DeploymentResource(
                    "forms/broken.form", "{\"components\": []}".getBytes(StandardCharsets.UTF_8)),
                new DeploymentResource("notes.txt", new byte[0])));

    assertThat(problems)
        .extracting(DeploymentProblem::resource, DeploymentProblem::elementId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("processes/unsupported.bpmn", "ScriptTask_Compute"),
            org.assertj.core.groups.Tuple.tuple("forms/broken.form", null),
            org.assertj.core.groups.Tuple.tuple("notes.txt", null));
    assertThat(problems.get(0).message()).contains("scriptTask");
    assertThat(gateway.searchProcessDefinitions()).isEmpty();
  }

  @Test
  void listsTheLatestFormsAndResolvesATasksForm() {
    Deployment deployment = engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    assertThat(deployment.forms())
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.formId()).isEqualTo("qualify-lead");
              assertThat(form.version()).isEqualTo(1);
              assertThat(form.resourceName()).isEqualTo("forms/qualify-lead.form");
            });
    String changed =
        new String(
                EmbeddedEngine.resource("embedded/qualify-lead.form").content(),
                StandardCharsets.UTF_8)
            .replace("\"components\"", "\"title\": \"v2\", \"components\"");
    engine.gateway.deploy(
        List.of(
            new DeploymentResource(
                "forms/qualify-lead.form", changed.getBytes(StandardCharsets.UTF_8))));

    assertThat(engine.gateway.searchFormDefinitions())
        .extracting(FormDefinition::formId, FormDefinition::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("qualify-lead", 2));
    assertThat(engine.gateway.getFormSchema("qualify-lead")).get().asString().contains("\"v2\"");
    assertThat(engine.gateway.getFormSchema("unknown")).isEmpty();
    String instance = hotLead("lead-1");
    assertThat(engine.gateway.getUserTaskFormSchema(qualifyTask(instance).userTaskKey()))
        .get()
        .asString()
        .contains("\"v2\"");
    assertThatThrownBy(() -> engine.gateway.getUserTaskFormSchema("no-such-task"))
        .isInstanceOf(EngineNotFoundException.class);
  }

  @Test
  void findsUnassignedTasksOfAGroupAndTasksOfferedToAUser() {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    UserTask open = qualifyTask(hotLead("lead-1"));
    UserTask held = qualifyTask(hotLead("lead-2"));
    engine.gateway.claimUserTask(held.userTaskKey(), "xiao.wang");
    engine
        .engine
        .processEngine()
        .getTaskService()
        .addCandidateUser(open.userTaskKey(), "wang.fang");

    List<UserTask> unassigned =
        engine.gateway.searchUserTasks(
            new UserTaskQuery(null, null, null, null, List.of("sales"), null, true, false, 10));
    List<UserTask> offeredToUser =
        engine.gateway.searchUserTasks(
            new UserTaskQuery(null, null, null, null, null, "wang.fang", true, false, 10));

    assertThat(unassigned).extracting(UserTask::userTaskKey).containsExactly(open.userTaskKey());
    assertThat(offeredToUser).extracting(UserTask::userTaskKey).containsExactly(open.userTaskKey());
    assertThat(offeredToUser.get(0).candidateUsers()).containsExactly("wang.fang");
  }
}
