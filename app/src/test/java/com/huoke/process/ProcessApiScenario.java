package com.huoke.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.JsonApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The process API over real HTTP, as the console's modeler, tasklist and monitor use it: the
 * running app with its embedded engine and workers, a test worker that fails on demand. Run on H2
 * and PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(FlakyStepWorker.class)
abstract class ProcessApiScenario {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  static final Caller DEVELOPER = new Caller("lao.li", List.of("DEVELOPER"), List.of());
  static final Caller OPS = new Caller("xiao.zhao", List.of("OPS"), List.of());
  static final Caller APPROVER = new Caller("wang.fang", List.of("MARKETER"), List.of("approvers"));
  static final Caller OTHER_APPROVER =
      new Caller("chen.jing", List.of("MARKETER"), List.of("approvers", "sales"));
  static final Caller AGENT = new Caller("xiao.wang", List.of("AGENT"), List.of("sales"));

  @LocalServerPort int port;
  JsonApi anonymous;
  JsonApi developer;
  JsonApi ops;
  JsonApi approver;
  JsonApi otherApprover;
  JsonApi agent;

  @BeforeEach
  void connect() {
    anonymous = new JsonApi(port).anonymous();
    developer = anonymous.as(DEVELOPER);
    ops = anonymous.as(OPS);
    approver = anonymous.as(APPROVER);
    otherApprover = anonymous.as(OTHER_APPROVER);
    agent = anonymous.as(AGENT);
    FlakyStepWorker.FAILING.set(true);
  }

  @Test
  void deploysAProcessStartsItAndShowsItInTheListAndTheMonitor() {
    ProcessResources approval = ProcessResources.unique("approval");

    JsonNode deployed =
        developer
            .post("/api/v1/deployments", approval.deployment("approval.bpmn", "approval.form"))
            .expect(201);
    assertThat(deployed.get("deploymentKey").asText()).isNotBlank();
    JsonNode process = deployed.at("/processes/0");
    assertThat(process.get("processDefinitionId").asText()).isEqualTo(approval.processId);
    assertThat(process.get("version").asInt()).isEqualTo(1);
    assertThat(deployed.at("/forms/0/formId").asText()).isEqualTo(approval.formId);
    String definitionKey = process.get("processDefinitionKey").asText();

    JsonNode started =
        developer
            .post(
                "/api/v1/process-instances",
                Map.of(
                    "processDefinitionId",
                    approval.processId,
                    "variables",
                    Map.of("campaign", "春季新品", "budget", 5000)))
            .expect(201);
    String instanceKey = started.get("processInstanceKey").asText();

    JsonNode definitions = developer.get("/api/v1/process-definitions").expect(200);
    JsonNode listed = find(definitions, "processDefinitionId", approval.processId);
    assertThat(listed.get("processDefinitionKey").asText()).isEqualTo(definitionKey);
    assertThat(listed.get("name").asText()).isEqualTo("活动审批");
    assertThat(listed.at("/versions/0/version").asInt()).isEqualTo(1);
    assertThat(listed.at("/instances/active").asLong()).isEqualTo(1);
    assertThat(listed.at("/instances/completed").asLong()).isZero();

    JsonNode page =
        ops.get("/api/v1/process-instances?processDefinitionId=" + approval.processId + "&size=5")
            .expect(200);
    assertThat(page.get("totalItems").asLong()).isEqualTo(1);
    assertThat(page.get("totalPages").asInt()).isEqualTo(1);
    assertThat(page.get("size").asInt()).isEqualTo(5);
    JsonNode item = page.at("/items/0");
    assertThat(item.get("processInstanceKey").asText()).isEqualTo(instanceKey);
    assertThat(item.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(item.get("hasIncident").asBoolean()).isFalse();
    assertThat(item.get("processDefinitionVersion").asInt()).isEqualTo(1);
    assertThat(item.get("startDate").asText()).isNotBlank();

    JsonNode details = ops.get("/api/v1/process-instances/" + instanceKey).expect(200);
    assertThat(details.at("/instance/processInstanceKey").asText()).isEqualTo(instanceKey);
    assertThat(details.at("/elements/0/elementId").asText()).isEqualTo("StartEvent_Requested");
    assertThat(details.at("/elements/0/state").asText()).isEqualTo("COMPLETED");
    JsonNode waiting = find(details.get("elements"), "elementId", "UserTask_Approve");
    assertThat(waiting.get("state").asText()).isEqualTo("ACTIVE");
    assertThat(waiting.get("elementType").asText()).isNotBlank();
    assertThat(details.at("/variables/campaign").asText()).isEqualTo("春季新品");
    assertThat(details.at("/variables/budget").asInt()).isEqualTo(5000);
    assertThat(details.get("incidents")).isEmpty();

    JsonNode definition = developer.get("/api/v1/process-definitions/" + definitionKey).expect(200);
    assertThat(definition.get("processDefinitionId").asText()).isEqualTo(approval.processId);
    JsonApi.Response xml = developer.get("/api/v1/process-definitions/" + definitionKey + "/xml");
    assertThat(xml.status()).isEqualTo(200);
    assertThat(xml.contentType()).startsWith("text/xml");
    assertThat(xml.body().asText()).contains("<zeebe:userTask").contains(approval.processId);

    JsonNode forms = developer.get("/api/v1/form-definitions").expect(200);
    assertThat(find(forms, "formId", approval.formId).get("resourceName").asText())
        .isEqualTo("approval.form");
    assertThat(find(forms, "formId", "qualify-lead").get("resourceName").asText())
        .isEqualTo("forms/qualify-lead.form");
    JsonNode schema = developer.get("/api/v1/form-definitions/" + approval.formId).expect(200);
    assertThat(schema.at("/components/0/key").asText()).isEqualTo("approved");
  }

  @Test
  void completesItsUserTaskThroughClaimAndComplete() {
    ProcessResources approval = ProcessResources.unique("approval");
    developer
        .post("/api/v1/deployments", approval.deployment("approval.bpmn", "approval.form"))
        .expect(201);
    String instanceKey = start(approval.processId, Map.of("campaign", "双十一"));

    JsonNode offered =
        approver
            .get("/api/v1/user-tasks?view=groups&processDefinitionId=" + approval.processId)
            .expect(200);
    JsonNode task = find(offered, "processInstanceKey", instanceKey);
    String taskKey = task.get("userTaskKey").asText();
    assertThat(task.get("elementId").asText()).isEqualTo("UserTask_Approve");
    assertThat(task.get("candidateGroups").toString()).isEqualTo("[\"approvers\"]");
    assertThat(task.get("formId").asText()).isEqualTo(approval.formId);
    assertThat(task.get("state").asText()).isEqualTo("CREATED");
    assertThat(task.get("assignee").isNull()).isTrue();
    assertThat(agent.get("/api/v1/user-tasks?view=groups").expect(200).toString())
        .doesNotContain(taskKey);

    JsonNode details = approver.get("/api/v1/user-tasks/" + taskKey).expect(200);
    assertThat(details.get("userTaskKey").asText()).isEqualTo(taskKey);
    assertThat(details.at("/variables/campaign").asText()).isEqualTo("双十一");
    assertThat(details.at("/form/id").asText()).isEqualTo(approval.formId);
    assertThat(details.at("/form/components/1/key").asText()).isEqualTo("comment");

    JsonNode claimed = approver.post("/api/v1/user-tasks/" + taskKey + "/claim").expect(200);
    assertThat(claimed.get("assignee").asText()).isEqualTo(APPROVER.username());
    assertThat(approver.get("/api/v1/user-tasks?view=mine").expect(200).toString())
        .contains(taskKey);
    assertThat(otherApprover.get("/api/v1/user-tasks?view=groups").expect(200).toString())
        .doesNotContain(taskKey);

    JsonNode stolen = otherApprover.post("/api/v1/user-tasks/" + taskKey + "/claim").expect(409);
    assertThat(stolen.get("assignee").asText()).isEqualTo(APPROVER.username());
    otherApprover
        .post("/api/v1/user-tasks/" + taskKey + "/complete", Map.of("variables", Map.of()))
        .expect(409);
    otherApprover.post("/api/v1/user-tasks/" + taskKey + "/unclaim").expect(409);
    assertThat(approver.post("/api/v1/user-tasks/" + taskKey + "/claim").expect(200))
        .isNotNull(); // claiming one's own task again is fine

    JsonNode released = approver.post("/api/v1/user-tasks/" + taskKey + "/unclaim").expect(200);
    assertThat(released.get("assignee").isNull()).isTrue();
    approver
        .post("/api/v1/user-tasks/" + taskKey + "/complete", Map.of("variables", Map.of()))
        .expect(409); // nobody holds it: claim first
    approver.post("/api/v1/user-tasks/" + taskKey + "/claim").expect(200);
    approver
        .post(
            "/api/v1/user-tasks/" + taskKey + "/complete",
            Map.of("variables", Map.of("approved", true, "comment", "预算合理")))
        .expect(204);

    JsonNode instance = ops.get("/api/v1/process-instances/" + instanceKey).expect(200);
    assertThat(instance.at("/instance/state").asText()).isEqualTo("COMPLETED");
    assertThat(instance.at("/instance/endDate").asText()).isNotBlank();
    assertThat(instance.at("/variables/approved").asBoolean()).isTrue();
    assertThat(
            find(instance.get("elements"), "elementId", "EndEvent_Decided").get("state").asText())
        .isEqualTo("COMPLETED");
    JsonNode finished =
        approver.get("/api/v1/user-tasks?view=mine&includeFinished=true").expect(200);
    assertThat(find(finished, "userTaskKey", taskKey).get("state").asText()).isEqualTo("COMPLETED");
    assertThat(approver.get("/api/v1/user-tasks?view=mine").expect(200).toString())
        .doesNotContain(taskKey);
    approver.post("/api/v1/user-tasks/" + taskKey + "/claim").expect(409); // no longer open
  }

  @Test
  void onlyAdminAndOpsSeeEveryTask() {
    ProcessResources approval = ProcessResources.unique("approval");
    developer.post("/api/v1/deployments", approval.deployment("approval.bpmn")).expect(201);
    String instanceKey = start(approval.processId, Map.of());

    JsonNode forbidden = agent.get("/api/v1/user-tasks?view=all").expect(403);
    assertThat(forbidden.get("code").asText()).isEqualTo("forbidden");
    JsonNode all =
        ops.get("/api/v1/user-tasks?view=all&processDefinitionId=" + approval.processId)
            .expect(200);
    String taskKey = find(all, "processInstanceKey", instanceKey).get("userTaskKey").asText();
    agent.get("/api/v1/user-tasks/" + taskKey).expect(403); // not offered to sales
    agent.post("/api/v1/user-tasks/" + taskKey + "/claim").expect(403);
    anonymous.get("/api/v1/user-tasks").expect(401);
  }

  @Test
  void retryingAnIncidentRunsTheFailedStepAgain() {
    ProcessResources flaky = ProcessResources.unique("flaky");
    developer.post("/api/v1/deployments", flaky.deployment("flaky-step.bpmn")).expect(201);
    String instanceKey = start(flaky.processId, Map.of("orderId", "SO-1"));

    JsonNode incident =
        await()
            .atMost(PATIENCE)
            .until(
                () -> ops.get("/api/v1/incidents?processInstanceKey=" + instanceKey).expect(200),
                incidents -> incidents.size() == 1)
            .get(0);
    assertThat(incident.get("elementId").asText()).isEqualTo("ServiceTask_Flaky");
    assertThat(incident.get("processDefinitionId").asText()).isEqualTo(flaky.processId);
    assertThat(incident.get("errorType").asText()).isEqualTo("JOB_NO_RETRIES");
    assertThat(incident.get("errorMessage").asText()).isEqualTo(FlakyStepWorker.FAILURE);
    assertThat(incident.get("jobKey").asText()).isNotBlank();
    assertThat(incident.get("creationTime").asText()).isNotBlank();
    JsonNode withIncident =
        ops.get("/api/v1/process-instances?hasIncident=true&processDefinitionId=" + flaky.processId)
            .expect(200);
    assertThat(withIncident.at("/items/0/processInstanceKey").asText()).isEqualTo(instanceKey);
    assertThat(withIncident.at("/items/0/hasIncident").asBoolean()).isTrue();
    assertThat(
            find(
                    developer.get("/api/v1/process-definitions").expect(200),
                    "processDefinitionId",
                    flaky.processId)
                .at("/instances/withIncidents")
                .asLong())
        .isEqualTo(1);
    assertThat(
            ops.get("/api/v1/process-instances/" + instanceKey)
                .expect(200)
                .at("/incidents/0/incidentKey")
                .asText())
        .isEqualTo(incident.get("incidentKey").asText());

    FlakyStepWorker.FAILING.set(false);
    ops.post(
            "/api/v1/incidents/" + incident.get("incidentKey").asText() + "/retry",
            Map.of("retries", 2))
        .expect(204);

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () ->
                assertThat(
                        ops.get("/api/v1/process-instances/" + instanceKey)
                            .expect(200)
                            .at("/instance/state")
                            .asText())
                    .isEqualTo("COMPLETED"));
    JsonNode done = ops.get("/api/v1/process-instances/" + instanceKey).expect(200);
    assertThat(done.get("incidents")).isEmpty();
    assertThat(done.at("/variables/stepDone").asBoolean()).isTrue();
    assertThat(ops.get("/api/v1/incidents?processDefinitionId=" + flaky.processId).expect(200))
        .isEmpty();
  }

  @Test
  void cancelsAnInstance() {
    ProcessResources approval = ProcessResources.unique("approval");
    developer.post("/api/v1/deployments", approval.deployment("approval.bpmn")).expect(201);
    String instanceKey = start(approval.processId, Map.of());

    ops.post("/api/v1/process-instances/" + instanceKey + "/cancel").expect(204);

    JsonNode details = ops.get("/api/v1/process-instances/" + instanceKey).expect(200);
    assertThat(details.at("/instance/state").asText()).isEqualTo("CANCELED");
    assertThat(find(details.get("elements"), "elementId", "UserTask_Approve").get("state").asText())
        .isEqualTo("TERMINATED");
    JsonNode canceled =
        ops.get(
                "/api/v1/process-instances?state=CANCELED&processDefinitionId="
                    + approval.processId)
            .expect(200);
    assertThat(canceled.get("totalItems").asLong()).isEqualTo(1);
    JsonNode listed =
        find(
            developer.get("/api/v1/process-definitions").expect(200),
            "processDefinitionId",
            approval.processId);
    assertThat(listed.at("/instances/canceled").asLong()).isEqualTo(1);
    assertThat(listed.at("/instances/active").asLong()).isZero();
    ops.post("/api/v1/process-instances/" + instanceKey + "/cancel").expect(404);
  }

  @Test
  void pagesThroughInstancesNewestFirst() {
    ProcessResources approval = ProcessResources.unique("approval");
    developer.post("/api/v1/deployments", approval.deployment("approval.bpmn")).expect(201);
    String first = start(approval.processId, Map.of());
    start(approval.processId, Map.of());
    String third = start(approval.processId, Map.of());

    String list = "/api/v1/process-instances?processDefinitionId=" + approval.processId;
    JsonNode page0 = ops.get(list + "&page=0&size=2").expect(200);
    JsonNode page1 = ops.get(list + "&page=1&size=2").expect(200);

    assertThat(page0.get("totalItems").asLong()).isEqualTo(3);
    assertThat(page0.get("totalPages").asInt()).isEqualTo(2);
    assertThat(page0.get("items")).hasSize(2);
    assertThat(page1.get("items")).hasSize(1);
    assertThat(page1.get("page").asInt()).isEqualTo(1);
    assertThat(
            List.of(
                page0.at("/items/0/processInstanceKey").asText(),
                page1.at("/items/0/processInstanceKey").asText()))
        .containsAnyOf(third, first);
  }

  @Test
  void validatesUnsupportedBpmnNamingTheElementAndDeploysNothing() {
    ProcessResources unsupported = ProcessResources.unique("unsupported");

    JsonNode problems =
        developer
            .post("/api/v1/deployments/validate", unsupported.deployment("unsupported.bpmn"))
            .expect(200)
            .get("problems");
    assertThat(problems).hasSize(1);
    assertThat(problems.at("/0/resource").asText()).isEqualTo("unsupported.bpmn");
    assertThat(problems.at("/0/elementId").asText()).isEqualTo("ScriptTask_Compute");
    assertThat(problems.at("/0/message").asText()).contains("scriptTask");

    JsonNode rejected =
        developer
            .post("/api/v1/deployments", unsupported.deployment("unsupported.bpmn"))
            .expect(400);
    assertThat(rejected.at("/problems/0/elementId").asText()).isEqualTo("ScriptTask_Compute");
    assertThat(rejected.get("code").asText()).isEqualTo("deployment_rejected");
    assertThat(developer.get("/api/v1/process-definitions").expect(200).toString())
        .doesNotContain(unsupported.processId);

    ProcessResources approval = ProcessResources.unique("approval");
    assertThat(
            developer
                .post(
                    "/api/v1/deployments/validate",
                    approval.deployment("approval.bpmn", "approval.form"))
                .expect(200)
                .get("problems"))
        .isEmpty();
    assertThat(developer.get("/api/v1/process-definitions").expect(200).toString())
        .doesNotContain(approval.processId);
  }

  @Test
  void servesTheElementTemplatesOfTheWorkers() {
    JsonNode templates = developer.get("/api/v1/element-templates").expect(200);

    List<String> ids =
        StreamSupport.stream(templates.spliterator(), false)
            .map(t -> t.get("id").asText())
            .toList();
    assertThat(ids).contains("com.huoke.lead.score-lead", "com.huoke.lead.escalate-lead");
    assertThat(templates.get(0).has("appliesTo")).isTrue();
  }

  @Test
  void refusesBadInputNamingTheField() {
    JsonNode noResources = developer.post("/api/v1/deployments", Map.of()).expect(400);
    assertThat(noResources.at("/errors/0/field").asText()).isEqualTo("resources");
    JsonNode wrongKind =
        developer
            .post(
                "/api/v1/deployments",
                Map.of("resources", List.of(Map.of("name", "notes.txt", "content", "hi"))))
            .expect(400);
    assertThat(wrongKind.at("/errors/0/field").asText()).isEqualTo("resources[0].name");
    JsonNode noContent =
        developer
            .post(
                "/api/v1/deployments/validate",
                Map.of("resources", List.of(Map.of("name", "x.bpmn"))))
            .expect(400);
    assertThat(noContent.at("/errors/0/field").asText()).isEqualTo("resources[0].content");
    JsonNode noProcess = developer.post("/api/v1/process-instances", Map.of()).expect(400);
    assertThat(noProcess.at("/errors/0/field").asText()).isEqualTo("processDefinitionId");
    JsonNode badRetries = ops.post("/api/v1/incidents/1/retry", Map.of("retries", 0)).expect(400);
    assertThat(badRetries.at("/errors/0/field").asText()).isEqualTo("retries");
    JsonNode badState = ops.get("/api/v1/process-instances?state=RUNNING").expect(400);
    assertThat(badState.at("/errors/0/field").asText()).isEqualTo("state");
    JsonNode badSize = ops.get("/api/v1/process-instances?size=0").expect(400);
    assertThat(badSize.at("/errors/0/field").asText()).isEqualTo("size");
    JsonNode badView = approver.get("/api/v1/user-tasks?view=everything").expect(400);
    assertThat(badView.at("/errors/0/field").asText()).isEqualTo("view");
  }

  @Test
  void answersUnknownKeysWith404() {
    developer
        .post("/api/v1/process-instances", Map.of("processDefinitionId", "no-such-process"))
        .expect(404);
    developer.get("/api/v1/process-definitions/no-such-key").expect(404);
    developer.get("/api/v1/process-definitions/no-such-key/xml").expect(404);
    ops.get("/api/v1/process-instances/no-such-key").expect(404);
    ops.post("/api/v1/process-instances/no-such-key/cancel").expect(404);
    ops.post("/api/v1/incidents/no-such-key/retry", Map.of()).expect(404);
    approver.get("/api/v1/user-tasks/no-such-key").expect(404);
    approver.post("/api/v1/user-tasks/no-such-key/claim").expect(404);
    JsonNode noForm = developer.get("/api/v1/form-definitions/no-such-form").expect(404);
    assertThat(noForm.get("code").asText()).isEqualTo("form_definition_not_found");
  }

  private String start(String processId, Map<String, Object> variables) {
    return developer
        .post(
            "/api/v1/process-instances",
            Map.of("processDefinitionId", processId, "variables", variables))
        .expect(201)
        .get("processInstanceKey")
        .asText();
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    return StreamSupport.stream(array.spliterator(), false)
        .filter(node -> value.equals(node.path(field).asText()))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "Expected an item with %s=%s in %s".formatted(field, value, array)));
  }
}
