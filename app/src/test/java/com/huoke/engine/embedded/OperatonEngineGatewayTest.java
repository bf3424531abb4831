package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineConflictException;
import com.huoke.engine.EngineException;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.Incident;
import com.huoke.engine.IncidentQuery;
import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceQuery;
import com.huoke.engine.PublishMessage;
import com.huoke.engine.StartProcess;
import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import com.huoke.engine.translation.TranslatedBpmn;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every gateway method against the standalone engine, on a small lead process. */
class OperatonEngineGatewayTest {

  @RegisterExtension static final EmbeddedEngine engine = new EmbeddedEngine();

  private static String startLead(String leadId) {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    return engine
        .gateway
        .startProcess(new StartProcess("lead-flow", leadId, Map.of("lead", Map.of("id", leadId))))
        .processInstanceKey();
  }

  private static String hotLeadInQualifyTask(String leadId) {
    String instance = startLead(leadId);
    engine.completeJob("score-lead", Map.of("lead", Map.of("id", leadId, "score", 80)));
    return instance;
  }

  private static UserTask qualifyTask(String instance) {
    return engine.gateway.searchUserTasks(UserTaskQuery.ofProcessInstance(instance)).stream()
        .filter(task -> task.elementId().equals("UserTask_Qualify"))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> elements(String instance, ElementInstance.State state) {
    return engine.gateway.getElementInstances(instance).stream()
        .filter(element -> element.state() == state)
        .map(ElementInstance::elementId)
        .toList();
  }

  @Nested
  class Deploying {

    @Test
    void returnsTheProcessesItDeployed() {
      Deployment deployment =
          engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");

      assertThat(deployment.processes())
          .singleElement()
          .satisfies(
              process -> {
                assertThat(process.processDefinitionId()).isEqualTo("lead-flow");
                assertThat(process.name()).isEqualTo("Lead flow");
                assertThat(process.version()).isEqualTo(1);
                assertThat(process.resourceName()).isEqualTo("processes/lead-flow.bpmn");
              });
    }

    @Test
    void deploysUnchangedResourcesOnlyOnce() {
      Deployment first = engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
      Deployment second = engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");

      assertThat(second.deploymentKey()).isEqualTo(first.deploymentKey());
      assertThat(second.processes()).isEqualTo(first.processes());
    }

    @Test
    void deploysAChangedProcessAsANewVersion() {
      DeploymentResource original = EmbeddedEngine.resource("embedded/lead-flow.bpmn");
      engine.gateway.deploy(List.of(original));
      String changedXml =
          new String(original.content(), StandardCharsets.UTF_8)
              .replace("name=\"Lead flow\"", "name=\"Lead flow v2\"");

      Deployment changed =
          engine.gateway.deploy(
              List.of(
                  new DeploymentResource(
                      original.name(), changedXml.getBytes(StandardCharsets.UTF_8))));

      assertThat(changed.processes())
          .singleElement()
          .extracting(ProcessDefinition::version)
          .isEqualTo(2);
      assertThat(engine.gateway.searchProcessDefinitions())
          .singleElement()
          .extracting(ProcessDefinition::name)
          .isEqualTo("Lead flow v2");
    }

    @Test
    void listsTheLatestVersionOfEveryProcess() {
      engine.deploy("embedded/lead-flow.bpmn", "embedded/timer-flow.bpmn");

      assertThat(engine.gateway.searchProcessDefinitions())
          .extracting(ProcessDefinition::processDefinitionId)
          .containsExactly("lead-flow", "timer-flow");
    }

    @Test
    void returnsTheXmlInTheDialectItWasDeployedIn() {
      byte[] operatonXml = EmbeddedEngine.resource("embedded/lead-flow.bpmn").content();
      byte[] camunda8Xml = "<camunda8-dialect/>".getBytes(StandardCharsets.UTF_8);
      OperatonEngineGateway translating =
          new OperatonEngineGateway(
              engine.engine.processEngine(),
              (name, xml) -> new TranslatedBpmn(name, operatonXml, List.of("lead-flow")));

      Deployment deployment =
          translating.deploy(List.of(new DeploymentResource("processes/lead.bpmn", camunda8Xml)));

      String key = deployment.processes().get(0).processDefinitionKey();
      assertThat(translating.getProcessDefinitionXml(key)).isEqualTo("<camunda8-dialect/>");
    }

    @Test
    void rejectsABpmnTheEngineCannotParseNamingTheElement() {
      assertThatThrownBy(() -> engine.deploy("embedded/broken.bpmn"))
          .isInstanceOfSatisfying(
              UnsupportedBpmnException.class,
              e -> {
                assertThat(e.resourceName()).isEqualTo("processes/broken.bpmn");
                assertThat(e.rejections())
                    .extracting(UnsupportedBpmnException.Rejection::elementId)
                    .contains("ServiceTask_WithoutType");
              });
    }

    @Test
    void rejectsAResourceThatIsNeitherBpmnNorForm() {
      DeploymentResource script = new DeploymentResource("processes/x.groovy", new byte[] {1});

      assertThatThrownBy(() -> engine.gateway.deploy(List.of(script)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("processes/x.groovy");
    }

    @Test
    void unknownDefinitionKeyIsNotFound() {
      assertThatThrownBy(() -> engine.gateway.getProcessDefinitionXml("nope:1:1"))
          .isInstanceOf(EngineNotFoundException.class);
    }
  }

  @Nested
  class StartingProcesses {

    @Test
    void startsTheLatestVersionWithVariablesAndBusinessKey() {
      engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");

      var ref =
          engine.gateway.startProcess(
              new StartProcess("lead-flow", "lead-7", Map.of("lead", Map.of("id", "L7"))));

      assertThat(ref.processDefinitionId()).isEqualTo("lead-flow");
      ProcessInstance instance = engine.gateway.getProcessInstance(ref.processInstanceKey());
      assertThat(instance.businessKey()).isEqualTo("lead-7");
      assertThat(instance.processDefinitionKey()).isEqualTo(ref.processDefinitionKey());
      assertThat(instance.state()).isEqualTo(ProcessInstance.State.ACTIVE);
      assertThat(elements(ref.processInstanceKey(), ElementInstance.State.ACTIVE))
          .containsExactly("ServiceTask_Score");
    }

    @Test
    void unknownProcessIsNotFound() {
      assertThatThrownBy(
              () -> engine.gateway.startProcess(new StartProcess("no-such-process", null, null)))
          .isInstanceOfSatisfying(
              EngineNotFoundException.class, e -> assertThat(e.key()).isEqualTo("no-such-process"));
    }

    @Test
    void wrapsAFailingFeelExpressionInAClearError() {
      engine.deploy("embedded/timer-flow.bpmn");

      assertThatThrownBy(
              () -> engine.gateway.startProcess(new StartProcess("timer-flow", null, Map.of())))
          .isInstanceOf(EngineException.class)
          .hasMessageContaining("Expected to start process 'timer-flow'")
          .hasMessageContaining("sla.hours");
    }
  }

  @Nested
  class WorkingUserTasks {

    @Test
    void findsTheOpenTaskWithItsCandidateGroupsAndForm() {
      String instance = hotLeadInQualifyTask("L1");

      UserTask task = qualifyTask(instance);

      assertThat(task.name()).isEqualTo("Qualify lead");
      assertThat(task.processDefinitionId()).isEqualTo("lead-flow");
      assertThat(task.candidateGroups()).containsExactly("sales");
      assertThat(task.formId()).isEqualTo("qualify-lead");
      assertThat(task.state()).isEqualTo(UserTask.State.CREATED);
      assertThat(task.creationDate()).isNotNull();
      assertThat(engine.gateway.getUserTask(task.userTaskKey())).isEqualTo(task);
    }

    @Test
    void searchesByCandidateGroupIncludingClaimedTasks() {
      String instance = hotLeadInQualifyTask("L1");
      UserTask task = qualifyTask(instance);
      engine.gateway.claimUserTask(task.userTaskKey(), "wang.fang");

      UserTaskQuery bySales =
          new UserTaskQuery(null, null, null, null, List.of("sales"), false, 10);
      UserTaskQuery byOps = new UserTaskQuery(null, null, null, null, List.of("ops"), false, 10);
      UserTaskQuery byAssignee = new UserTaskQuery(null, null, null, "wang.fang", null, false, 10);

      assertThat(engine.gateway.searchUserTasks(bySales))
          .extracting(UserTask::assignee)
          .containsExactly("wang.fang");
      assertThat(engine.gateway.searchUserTasks(byOps)).isEmpty();
      assertThat(engine.gateway.searchUserTasks(byAssignee)).hasSize(1);
    }

    @Test
    void claimingATaskSomeoneElseHoldsIsAConflict() {
      UserTask task = qualifyTask(hotLeadInQualifyTask("L1"));
      engine.gateway.claimUserTask(task.userTaskKey(), "wang.fang");

      assertThatThrownBy(() -> engine.gateway.claimUserTask(task.userTaskKey(), "li.lei"))
          .isInstanceOf(EngineConflictException.class)
          .hasMessageContaining(task.userTaskKey());

      engine.gateway.unclaimUserTask(task.userTaskKey());
      engine.gateway.claimUserTask(task.userTaskKey(), "li.lei");
      assertThat(engine.gateway.getUserTask(task.userTaskKey()).assignee()).isEqualTo("li.lei");
    }

    @Test
    void completingATaskSetsItsVariablesAndMovesOn() {
      String instance = hotLeadInQualifyTask("L1");
      UserTask task = qualifyTask(instance);
      assertThat(engine.gateway.getUserTaskVariables(task.userTaskKey()))
          .containsEntry("lead", Map.of("id", "L1", "score", 80));

      engine.gateway.completeUserTask(task.userTaskKey(), Map.of("qualified", true));

      assertThat(engine.gateway.getProcessInstance(instance).state())
          .isEqualTo(ProcessInstance.State.COMPLETED);
      assertThat(engine.gateway.getVariables(instance)).containsEntry("qualified", true);
      assertThat(engine.gateway.getUserTask(task.userTaskKey()).state())
          .isEqualTo(UserTask.State.COMPLETED);
      assertThat(engine.gateway.getUserTaskVariables(task.userTaskKey()))
          .containsEntry("qualified", true);
      UserTaskQuery finished = new UserTaskQuery(instance, null, null, null, null, true, 10);
      assertThat(engine.gateway.searchUserTasks(finished))
          .extracting(UserTask::state)
          .containsExactly(UserTask.State.COMPLETED);
      assertThat(engine.gateway.searchUserTasks(UserTaskQuery.ofProcessInstance(instance)))
          .isEmpty();
    }

    @Test
    void replacesTheCandidateGroupsOfAnOpenTask() {
      UserTask task = qualifyTask(hotLeadInQualifyTask("L1"));

      engine.gateway.updateUserTaskCandidateGroups(task.userTaskKey(), List.of("sales-leads"));

      assertThat(engine.gateway.getUserTask(task.userTaskKey()).candidateGroups())
          .containsExactly("sales-leads");
    }

    @Test
    void unknownTaskIsNotFoundForEveryOperation() {
      assertThatThrownBy(() -> engine.gateway.getUserTask("missing"))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(() -> engine.gateway.getUserTaskVariables("missing"))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(() -> engine.gateway.claimUserTask("missing", "a"))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(() -> engine.gateway.unclaimUserTask("missing"))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(() -> engine.gateway.completeUserTask("missing", Map.of()))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(
              () -> engine.gateway.updateUserTaskCandidateGroups("missing", List.of("sales")))
          .isInstanceOf(EngineNotFoundException.class);
    }
  }

  @Nested
  class MonitoringInstances {

    @Test
    void searchesInstancesByProcessBusinessKeyAndState() {
      String completed = hotLeadInQualifyTask("L2");
      engine.gateway.completeUserTask(qualifyTask(completed).userTaskKey(), Map.of());
      String active = startLead("L1");

      assertThat(engine.gateway.searchProcessInstances(ProcessInstanceQuery.all())).hasSize(2);
      assertThat(
              engine.gateway.searchProcessInstances(
                  new ProcessInstanceQuery("lead-flow", null, ProcessInstance.State.ACTIVE, 10)))
          .extracting(ProcessInstance::processInstanceKey)
          .containsExactly(active);
      assertThat(
              engine.gateway.searchProcessInstances(new ProcessInstanceQuery(null, "L2", null, 10)))
          .extracting(ProcessInstance::state)
          .containsExactly(ProcessInstance.State.COMPLETED);
      assertThat(
              engine.gateway.searchProcessInstances(
                  new ProcessInstanceQuery("other", null, null, 10)))
          .isEmpty();
    }

    @Test
    void reportsEachElementActiveCompletedOrTerminated() {
      String instance = hotLeadInQualifyTask("L1");

      assertThat(engine.gateway.getElementInstances(instance))
          .extracting(e -> e.elementId() + " " + e.elementType() + " " + e.state())
          .containsExactly(
              "StartEvent_Lead START_EVENT COMPLETED",
              "ServiceTask_Score SERVICE_TASK COMPLETED",
              "Gateway_IsHot EXCLUSIVE_GATEWAY COMPLETED",
              "UserTask_Qualify USER_TASK ACTIVE");

      engine.gateway.publishMessage(
          new PublishMessage("lead-withdrawn", "L1", Duration.ZERO, null, Map.of()));

      assertThat(elements(instance, ElementInstance.State.TERMINATED))
          .containsExactly("UserTask_Qualify");
      assertThat(elements(instance, ElementInstance.State.COMPLETED))
          .contains("Boundary_Withdrawn", "End_Withdrawn");
    }

    @Test
    void readsVariablesOfRunningAndEndedInstances() {
      String instance = hotLeadInQualifyTask("L1");
      assertThat(engine.gateway.getVariables(instance))
          .isEqualTo(Map.of("lead", Map.of("id", "L1", "score", 80)));

      engine.gateway.cancelProcessInstance(instance);

      assertThat(engine.gateway.getVariables(instance))
          .isEqualTo(Map.of("lead", Map.of("id", "L1", "score", 80)));
    }

    @Test
    void cancelsAnInstance() {
      String instance = hotLeadInQualifyTask("L1");

      engine.gateway.cancelProcessInstance(instance);

      assertThat(engine.gateway.getProcessInstance(instance).state())
          .isEqualTo(ProcessInstance.State.CANCELED);
      assertThat(elements(instance, ElementInstance.State.TERMINATED))
          .containsExactly("UserTask_Qualify");
      assertThatThrownBy(() -> engine.gateway.cancelProcessInstance(instance))
          .isInstanceOf(EngineNotFoundException.class);
    }

    @Test
    void unknownInstanceIsNotFound() {
      assertThatThrownBy(() -> engine.gateway.getProcessInstance("missing"))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(() -> engine.gateway.getElementInstances("missing"))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(() -> engine.gateway.getVariables("missing"))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(() -> engine.gateway.cancelProcessInstance("missing"))
          .isInstanceOf(EngineNotFoundException.class);
    }
  }

  @Nested
  class FixingIncidents {

    @Test
    void aJobOutOfRetriesIsAnIncidentWithItsMessage() {
      String instance = startLead("L1");
      String jobKey = engine.lockOne("score-lead").getId();
      engine.externalTasks().handleFailure(jobKey, EmbeddedEngine.WORKER, "AI 评分服务超时", "", 0, 0);

      List<Incident> incidents =
          engine.gateway.searchIncidents(IncidentQuery.ofProcessInstance(instance));

      assertThat(incidents)
          .singleElement()
          .satisfies(
              incident -> {
                assertThat(incident.elementId()).isEqualTo("ServiceTask_Score");
                assertThat(incident.processDefinitionId()).isEqualTo("lead-flow");
                assertThat(incident.jobKey()).isEqualTo(jobKey);
                assertThat(incident.errorType()).isEqualTo("JOB_NO_RETRIES");
                assertThat(incident.errorMessage()).isEqualTo("AI 评分服务超时");
                assertThat(incident.creationTime()).isNotNull();
              });
      assertThat(engine.gateway.getProcessInstance(instance).hasIncident()).isTrue();
      assertThat(engine.gateway.searchIncidents(new IncidentQuery(null, "lead-flow", 10)))
          .hasSize(1);
    }

    @Test
    void retryingAnIncidentResumesTheInstance() {
      String instance = startLead("L1");
      engine.failJob("score-lead", "timeout");
      Incident incident =
          engine.gateway.searchIncidents(IncidentQuery.ofProcessInstance(instance)).get(0);

      engine.gateway.retryIncident(incident.incidentKey(), 2);
      engine.completeJob("score-lead", Map.of("lead", Map.of("id", "L1", "score", 90)));

      assertThat(engine.gateway.searchIncidents(IncidentQuery.ofProcessInstance(instance)))
          .isEmpty();
      assertThat(engine.gateway.getProcessInstance(instance).hasIncident()).isFalse();
      assertThat(elements(instance, ElementInstance.State.ACTIVE))
          .containsExactly("UserTask_Qualify");
    }

    @Test
    void refusesUnknownIncidentsAndRetriesBelowOne() {
      assertThatThrownBy(() -> engine.gateway.retryIncident("missing", 1))
          .isInstanceOf(EngineNotFoundException.class);
      assertThatThrownBy(() -> engine.gateway.retryIncident("missing", 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
