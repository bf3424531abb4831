package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.engine.camunda8.fake.FakeRows.UserTaskRow;
import com.huoke.engine.camunda8.fake.FakeRows.VariableRow;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /v2/user-tasks/...}: search, get, form, variables, assignment, completion, update. */
final class UserTaskEndpoints {

  private static final RowFilter<UserTaskRow> FILTER =
      new RowFilter<UserTaskRow>()
          .field("userTaskKey", t -> t.key)
          .field("state", t -> t.state)
          .field("assignee", t -> t.assignee)
          .field("elementId", t -> t.element.elementId)
          .field("name", t -> t.name)
          .field("candidateGroup", t -> t.candidateGroups)
          .field("candidateUser", t -> t.candidateUsers)
          .field("processDefinitionId", t -> t.element.instance.definition.processDefinitionId)
          .field("processDefinitionKey", t -> t.element.instance.definition.key)
          .field("processInstanceKey", t -> t.element.instance.key)
          .field("elementInstanceKey", t -> t.element.key);

  private static final RowFilter<VariableRow> VARIABLE_FILTER =
      new RowFilter<VariableRow>().field("name", v -> v.name);

  private final FakeEngineState state;

  private UserTaskEndpoints(FakeEngineState state) {
    this.state = state;
  }

  static void register(FakeCamundaServer server, FakeEngineState state) {
    UserTaskEndpoints endpoints = new UserTaskEndpoints(state);
    server.route("POST", "/v2/user-tasks/search", endpoints::search);
    server.route("GET", "/v2/user-tasks/{userTaskKey}", endpoints::get);
    server.route("PATCH", "/v2/user-tasks/{userTaskKey}", endpoints::update);
    server.route("GET", "/v2/user-tasks/{userTaskKey}/form", endpoints::form);
    server.route("POST", "/v2/user-tasks/{userTaskKey}/variables/search", endpoints::variables);
    server.route("POST", "/v2/user-tasks/{userTaskKey}/assignment", endpoints::assign);
    server.route("DELETE", "/v2/user-tasks/{userTaskKey}/assignee", endpoints::unassign);
    server.route("POST", "/v2/user-tasks/{userTaskKey}/completion", endpoints::complete);
  }

  private FakeResponse search(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.USER_TASK_SEARCH);
    List<ObjectNode> items =
        state.userTasks.values().stream()
            .filter(FILTER.compile(body.get("filter")))
            .map(UserTaskRow::toJson)
            .toList();
    return FakeResponse.json(SearchResults.page(items, body));
  }

  private FakeResponse get(FakeRequest request) {
    return FakeResponse.json(stored(request).toJson());
  }

  /** The linked form; 204 when the task has none, as the real endpoint answers. */
  private FakeResponse form(FakeRequest request) {
    UserTaskRow task = stored(request);
    if (task.formKey == null) {
      return FakeResponse.noContent();
    }
    return FakeResponse.json(state.forms.get(task.formKey).toJson());
  }

  /** The variables visible from the task: its own scope and the instance's. */
  private FakeResponse variables(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.USER_TASK_VARIABLE_SEARCH);
    UserTaskRow task = stored(request);
    int truncateAt =
        "false".equals(request.queryParameter("truncateValues"))
            ? 0
            : ProcessInstanceEndpoints.TRUNCATE_AT;
    List<Long> scopes = List.of(task.element.key, task.element.instance.key);
    List<ObjectNode> items =
        state.variables.values().stream()
            .filter(v -> scopes.contains(v.scopeKey))
            .filter(VARIABLE_FILTER.compile(body.get("filter")))
            .map(v -> v.toJson(truncateAt))
            .toList();
    return FakeResponse.json(SearchResults.page(items, body));
  }

  private FakeResponse assign(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.ASSIGN_USER_TASK);
    UserTaskRow task = open(request, "assign");
    boolean allowOverride = body.path("allowOverride").asBoolean(true);
    if (!allowOverride && task.assignee != null && !task.assignee.isEmpty()) {
      throw FakeProblem.invalidState(
          "Expected to assign user task with key '%d', but it is already assigned to '%s'"
              .formatted(task.key, task.assignee));
    }
    task.assignee = body.get("assignee").asText();
    return FakeResponse.noContent();
  }

  private FakeResponse unassign(FakeRequest request) {
    open(request, "unassign").assignee = null;
    return FakeResponse.noContent();
  }

  private FakeResponse complete(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.COMPLETE_USER_TASK);
    UserTaskRow task = open(request, "complete");
    OffsetDateTime now = FakeEngineState.now();
    task.state = "COMPLETED";
    task.completionDate = now;
    task.element.state = "COMPLETED";
    task.element.endDate = now;
    state.mergeIntoInstance(task.element.instance, body.get("variables"));
    return FakeResponse.noContent();
  }

  private FakeResponse update(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.UPDATE_USER_TASK);
    UserTaskRow task = open(request, "update");
    JsonNode changes = body.path("changeset");
    if (changes.has("candidateGroups")) {
      task.candidateGroups = strings(changes.get("candidateGroups"));
    }
    if (changes.has("candidateUsers")) {
      task.candidateUsers = strings(changes.get("candidateUsers"));
    }
    if (changes.has("dueDate")) {
      task.dueDate = date(changes.get("dueDate"));
    }
    if (changes.has("followUpDate")) {
      task.followUpDate = date(changes.get("followUpDate"));
    }
    if (changes.hasNonNull("priority")) {
      task.priority = changes.get("priority").asInt();
    }
    return FakeResponse.noContent();
  }

  private UserTaskRow stored(FakeRequest request) {
    long key = request.key("userTaskKey");
    return Optional.ofNullable(state.userTasks.get(key))
        .orElseThrow(
            () -> FakeProblem.notFound("User task with key '%d' not found".formatted(key)));
  }

  /** Commands reach only open tasks: Zeebe forgets a task once it is completed or canceled. */
  private UserTaskRow open(FakeRequest request, String command) {
    long key = request.key("userTaskKey");
    UserTaskRow task = state.userTasks.get(key);
    if (task == null || !"CREATED".equals(task.state)) {
      throw FakeProblem.notFound(
          "Expected to %s user task with key '%d', but no such user task was found"
              .formatted(command, key));
    }
    return task;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    if (array != null) {
      array.forEach(v -> values.add(v.asText()));
    }
    return values;
  }

  private static OffsetDateTime date(JsonNode value) {
    return value == null || value.isNull() || value.asText().isEmpty()
        ? null
        : OffsetDateTime.parse(value.asText());
  }
}
