package com.huoke.engine.camunda8;

import static com.huoke.engine.camunda8.Camunda8Keys.parse;
import static com.huoke.engine.camunda8.Camunda8Problems.call;

import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Variable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The user task half of {@link Camunda8EngineGateway}: the tasklist's reads and commands. */
final class Camunda8UserTasks {

  private final CamundaClient client;
  private final Camunda8Mapper mapper;

  /** Form keys never change their form, so their ids are asked for once. */
  private final Map<Long, String> formIds = new ConcurrentHashMap<>();

  Camunda8UserTasks(CamundaClient client, Camunda8Mapper mapper) {
    this.client = client;
    this.mapper = mapper;
  }

  List<UserTask> search(UserTaskQuery query) {
    Long processInstanceKey = Camunda8Keys.parseOrNull(query.processInstanceKey());
    if (query.processInstanceKey() != null && processInstanceKey == null) {
      return List.of();
    }
    return client
        .newUserTaskSearchRequest()
        .filter(
            f -> {
              if (processInstanceKey != null) {
                f.processInstanceKey(processInstanceKey);
              }
              if (query.processDefinitionId() != null) {
                f.bpmnProcessId(query.processDefinitionId());
              }
              if (query.elementId() != null) {
                f.elementId(query.elementId());
              }
              if (query.assignee() != null) {
                f.assignee(query.assignee());
              }
              if (query.candidateGroups() != null && !query.candidateGroups().isEmpty()) {
                f.candidateGroup(p -> p.in(query.candidateGroups()));
              }
              if (query.candidateUser() != null) {
                f.candidateUser(query.candidateUser());
              }
              if (query.unassigned()) {
                f.assignee(a -> a.exists(false));
              }
              if (!query.includeFinished()) {
                f.state(UserTaskState.CREATED);
              }
            })
        .page(p -> p.limit(query.limit()))
        .send()
        .join()
        .items()
        .stream()
        .map(this::userTask)
        .toList();
  }

  /** The schema of the task's linked form; the API answers 204 (no body) when it has none. */
  Optional<String> formSchema(String userTaskKey) {
    long key = parse("user task", userTaskKey);
    io.camunda.client.api.search.response.Form form =
        call("user task", userTaskKey, () -> client.newUserTaskGetFormRequest(key).send().join());
    if (form == null || form.getSchema() == null) {
      return Optional.empty();
    }
    Object schema = form.getSchema();
    return Optional.of(schema instanceof String text ? text : mapper.toJson(schema));
  }

  UserTask get(String userTaskKey) {
    long key = parse("user task", userTaskKey);
    return call(
        "user task", userTaskKey, () -> userTask(client.newUserTaskGetRequest(key).send().join()));
  }

  Map<String, Object> variables(String userTaskKey) {
    long key = parse("user task", userTaskKey);
    List<Variable> variables =
        call(
            "user task",
            userTaskKey,
            () ->
                Camunda8Paging.all(
                    page ->
                        client
                            .newUserTaskVariableSearchRequest(key)
                            .withFullValues()
                            .page(page)
                            .send()
                            .join()));
    return mapper.variables(variables);
  }

  void claim(String userTaskKey, String assignee) {
    long key = parse("user task", userTaskKey);
    try {
      client.newAssignUserTaskCommand(key).assignee(assignee).allowOverride(false).send().join();
    } catch (ClientHttpException e) {
      // Claiming a task one already holds succeeds, as it does on the embedded engine.
      if (e.code() != Camunda8Problems.CONFLICT || !assignee.equals(get(userTaskKey).assignee())) {
        throw Camunda8Problems.translate("user task", userTaskKey, e);
      }
    }
  }

  void unclaim(String userTaskKey) {
    long key = parse("user task", userTaskKey);
    call("user task", userTaskKey, () -> client.newUnassignUserTaskCommand(key).send().join());
  }

  void complete(String userTaskKey, Map<String, Object> variables) {
    long key = parse("user task", userTaskKey);
    Map<String, Object> values = variables == null ? Map.of() : variables;
    call(
        "user task",
        userTaskKey,
        () -> client.newCompleteUserTaskCommand(key).variables(values).send().join());
  }

  void updateCandidateGroups(String userTaskKey, List<String> candidateGroups) {
    long key = parse("user task", userTaskKey);
    call(
        "user task",
        userTaskKey,
        () ->
            client
                .newUpdateUserTaskCommand(key)
                .candidateGroups(List.copyOf(candidateGroups))
                .send()
                .join());
  }

  private UserTask userTask(io.camunda.client.api.search.response.UserTask task) {
    return mapper.userTask(task, formId(task));
  }

  /** The id of the task's linked form ({@code zeebe:formDefinition formId}), if it has one. */
  private String formId(io.camunda.client.api.search.response.UserTask task) {
    Long formKey = task.getFormKey();
    if (formKey == null) {
      return null;
    }
    String formId = formIds.get(formKey);
    if (formId == null) {
      formId = client.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join().getFormId();
      formIds.put(formKey, formId);
    }
    return formId;
  }
}
