package com.huoke.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The tasklist for the signed-in caller: what they may see, and the claim / unclaim / complete
 * rules — a task someone else holds is theirs, and only its assignee completes it.
 */
@Service
class Tasklist {

  /** Roles that see and may release every task (the {@code all} view). */
  static final String[] SUPERVISORS = {"ADMIN", "OPS"};

  static final int LIMIT = 500;

  private static final Comparator<UserTask> BY_CREATION =
      Comparator.comparing(UserTask::creationDate, Comparator.nullsLast(Comparator.naturalOrder()));

  private final EngineGateway engine;
  private final ObjectMapper json;

  Tasklist(EngineGateway engine, ObjectMapper json) {
    this.engine = engine;
    this.json = json;
  }

  List<UserTask> list(TaskView view, String processDefinitionId, boolean includeFinished) {
    SignedInCaller caller = SignedInCaller.current();
    return switch (view) {
      case MINE ->
          engine.searchUserTasks(
              query(processDefinitionId, caller.username(), null, null, false, includeFinished));
      case GROUPS -> offered(caller, processDefinitionId, includeFinished);
      case ALL -> {
        requireSupervisor(caller, "see every user task");
        yield engine.searchUserTasks(
            query(processDefinitionId, null, null, null, false, includeFinished));
      }
    };
  }

  UserTaskDetails details(String userTaskKey) {
    SignedInCaller caller = SignedInCaller.current();
    UserTask task = engine.getUserTask(userTaskKey);
    if (!maySee(caller, task)) {
      throw new ForbiddenException(
          "Expected user task '%s' to be offered to or held by '%s', but it is not"
              .formatted(userTaskKey, caller.username()));
    }
    return new UserTaskDetails(
        task,
        engine.getUserTaskVariables(userTaskKey),
        engine.getUserTaskFormSchema(userTaskKey).map(this::parse).orElse(null));
  }

  /** Claiming a task one already holds succeeds; one someone else holds is a 409. */
  UserTask claim(String userTaskKey) {
    SignedInCaller caller = SignedInCaller.current();
    UserTask task = engine.getUserTask(userTaskKey);
    requireOpen(task);
    if (task.assignee() != null && !task.assignee().equals(caller.username())) {
      throw new TaskHeldException(
          "Expected user task '%s' to be unclaimed, but '%s' holds it"
              .formatted(userTaskKey, task.assignee()),
          task.assignee());
    }
    if (!offeredTo(caller, task) && !caller.hasAnyRole(SUPERVISORS)) {
      throw new ForbiddenException(
          "Expected user task '%s' to be offered to '%s' or one of their groups, but it is not"
              .formatted(userTaskKey, caller.username()));
    }
    EngineConflicts.translate(() -> engine.claimUserTask(userTaskKey, caller.username()));
    return engine.getUserTask(userTaskKey);
  }

  /** The assignee gives a task back; ADMIN and OPS may release anyone's. */
  UserTask unclaim(String userTaskKey) {
    SignedInCaller caller = SignedInCaller.current();
    UserTask task = engine.getUserTask(userTaskKey);
    requireOpen(task);
    if (task.assignee() == null) {
      return task;
    }
    if (!task.assignee().equals(caller.username()) && !caller.hasAnyRole(SUPERVISORS)) {
      throw new TaskHeldException(
          "Expected user task '%s' to be held by '%s' to unclaim it, but '%s' holds it"
              .formatted(userTaskKey, caller.username(), task.assignee()),
          task.assignee());
    }
    EngineConflicts.translate(() -> engine.unclaimUserTask(userTaskKey));
    return engine.getUserTask(userTaskKey);
  }

  void complete(String userTaskKey, Map<String, Object> variables) {
    SignedInCaller caller = SignedInCaller.current();
    UserTask task = engine.getUserTask(userTaskKey);
    requireOpen(task);
    if (!caller.username().equals(task.assignee())) {
      throw new TaskHeldException(
          task.assignee() == null
              ? "Expected user task '%s' to be claimed by '%s' before completing it, but nobody holds it"
                  .formatted(userTaskKey, caller.username())
              : "Expected user task '%s' to be held by '%s' to complete it, but '%s' holds it"
                  .formatted(userTaskKey, caller.username(), task.assignee()),
          task.assignee());
    }
    EngineConflicts.translate(
        () -> engine.completeUserTask(userTaskKey, variables == null ? Map.of() : variables));
  }

  /** Unassigned tasks offered to one of the caller's groups or to the caller by name. */
  private List<UserTask> offered(
      SignedInCaller caller, String processDefinitionId, boolean includeFinished) {
    Map<String, UserTask> found = new LinkedHashMap<>();
    if (!caller.groups().isEmpty()) {
      engine
          .searchUserTasks(
              query(processDefinitionId, null, caller.groups(), null, true, includeFinished))
          .forEach(task -> found.put(task.userTaskKey(), task));
    }
    engine
        .searchUserTasks(
            query(processDefinitionId, null, null, caller.username(), true, includeFinished))
        .forEach(task -> found.putIfAbsent(task.userTaskKey(), task));
    List<UserTask> tasks = new ArrayList<>(found.values());
    tasks.sort(BY_CREATION);
    return tasks;
  }

  private static UserTaskQuery query(
      String processDefinitionId,
      String assignee,
      List<String> candidateGroups,
      String candidateUser,
      boolean unassigned,
      boolean includeFinished) {
    return new UserTaskQuery(
        null,
        processDefinitionId,
        null,
        assignee,
        candidateGroups,
        candidateUser,
        unassigned,
        includeFinished,
        LIMIT);
  }

  private static boolean maySee(SignedInCaller caller, UserTask task) {
    return caller.username().equals(task.assignee())
        || offeredTo(caller, task)
        || caller.hasAnyRole(SUPERVISORS);
  }

  /** Offered to the caller by name or group; a task offered to nobody is offered to everyone. */
  private static boolean offeredTo(SignedInCaller caller, UserTask task) {
    List<String> groups = Objects.requireNonNullElse(task.candidateGroups(), List.of());
    List<String> users = Objects.requireNonNullElse(task.candidateUsers(), List.of());
    if (groups.isEmpty() && users.isEmpty()) {
      return true;
    }
    return users.contains(caller.username()) || groups.stream().anyMatch(caller.groups()::contains);
  }

  private static void requireOpen(UserTask task) {
    if (task.state() != UserTask.State.CREATED) {
      throw new TaskHeldException(
          "Expected user task '%s' to be open, but it is %s"
              .formatted(task.userTaskKey(), task.state()),
          task.assignee());
    }
  }

  private static void requireSupervisor(SignedInCaller caller, String action) {
    if (!caller.hasAnyRole(SUPERVISORS)) {
      throw new ForbiddenException(
          "Expected role ADMIN or OPS to %s, but '%s' has %s"
              .formatted(action, caller.username(), caller.roles()));
    }
  }

  private JsonNode parse(String schema) {
    try {
      return json.readTree(schema);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The deployed form is no JSON: " + e.getOriginalMessage(), e);
    }
  }
}
