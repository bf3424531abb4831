package com.huoke.engine.embedded;

import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.history.HistoricTaskInstance;
import org.operaton.bpm.engine.history.HistoricTaskInstanceQuery;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;
import org.operaton.bpm.engine.task.TaskQuery;
import org.operaton.bpm.model.bpmn.instance.FlowElement;

/**
 * User tasks for the tasklist: open ones from the runtime, finished ones from history (whose
 * candidate groups history keeps only at level {@code full}).
 */
final class UserTasks {

  private static final Comparator<UserTask> BY_CREATION =
      Comparator.comparing(UserTask::creationDate, Comparator.nullsLast(Comparator.naturalOrder()));

  private final TaskService tasks;
  private final HistoryService history;
  private final RepositoryService repository;
  private final ProcessIds processIds;

  UserTasks(
      TaskService tasks,
      HistoryService history,
      RepositoryService repository,
      ProcessIds processIds) {
    this.tasks = tasks;
    this.history = history;
    this.repository = repository;
    this.processIds = processIds;
  }

  List<UserTask> search(UserTaskQuery query) {
    List<UserTask> found = new ArrayList<>(open(query));
    if (query.includeFinished()) {
      found.addAll(finished(query));
      found.sort(BY_CREATION);
    }
    return found.stream().limit(query.limit()).toList();
  }

  UserTask get(String userTaskKey) {
    Task task = tasks.createTaskQuery().taskId(userTaskKey).singleResult();
    if (task != null) {
      return toRecord(task);
    }
    HistoricTaskInstance finished =
        history.createHistoricTaskInstanceQuery().taskId(userTaskKey).singleResult();
    if (finished == null) {
      throw new EngineNotFoundException("user task", userTaskKey);
    }
    return toRecord(finished);
  }

  /** What the task's form starts from: the variables visible from the task. */
  Map<String, Object> variables(String userTaskKey) {
    Task task = tasks.createTaskQuery().taskId(userTaskKey).singleResult();
    if (task != null) {
      return EngineValues.visible(tasks.getVariables(userTaskKey));
    }
    HistoricTaskInstance finished =
        history.createHistoricTaskInstanceQuery().taskId(userTaskKey).singleResult();
    if (finished == null) {
      throw new EngineNotFoundException("user task", userTaskKey);
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    for (HistoricVariableInstance variable :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(finished.getProcessInstanceId())
            .list()) {
      boolean processLevel =
          finished.getProcessInstanceId().equals(variable.getActivityInstanceId());
      if (processLevel || userTaskKey.equals(variable.getTaskId())) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    return EngineValues.visible(variables);
  }

  private List<UserTask> open(UserTaskQuery query) {
    TaskQuery tasksQuery = tasks.createTaskQuery();
    if (query.processInstanceKey() != null) {
      tasksQuery.processInstanceId(query.processInstanceKey());
    }
    if (query.processDefinitionId() != null) {
      tasksQuery.processDefinitionKey(query.processDefinitionId());
    }
    if (query.elementId() != null) {
      tasksQuery.taskDefinitionKey(query.elementId());
    }
    if (query.assignee() != null) {
      tasksQuery.taskAssignee(query.assignee());
    }
    if (query.candidateGroups() != null && !query.candidateGroups().isEmpty()) {
      // Camunda 8 matches candidate groups whether or not someone has claimed the task
      tasksQuery.taskCandidateGroupIn(query.candidateGroups()).includeAssignedTasks();
    }
    if (query.candidateUser() != null) {
      tasksQuery.taskCandidateUser(query.candidateUser()).includeAssignedTasks();
    }
    if (query.unassigned()) {
      tasksQuery.taskUnassigned();
    }
    return tasksQuery.orderByTaskCreateTime().asc().listPage(0, query.limit()).stream()
        .map(this::toRecord)
        .toList();
  }

  private List<UserTask> finished(UserTaskQuery query) {
    List<String> groups = query.candidateGroups();
    if (groups == null || groups.isEmpty()) {
      return finished(query, null);
    }
    Map<String, UserTask> byKey = new LinkedHashMap<>();
    for (String group : groups) {
      finished(query, group).forEach(task -> byKey.putIfAbsent(task.userTaskKey(), task));
    }
    return List.copyOf(byKey.values());
  }

  private List<UserTask> finished(UserTaskQuery query, String candidateGroup) {
    HistoricTaskInstanceQuery historyQuery = history.createHistoricTaskInstanceQuery().finished();
    if (query.processInstanceKey() != null) {
      historyQuery.processInstanceId(query.processInstanceKey());
    }
    if (query.processDefinitionId() != null) {
      historyQuery.processDefinitionKey(query.processDefinitionId());
    }
    if (query.elementId() != null) {
      historyQuery.taskDefinitionKey(query.elementId());
    }
    if (query.assignee() != null) {
      historyQuery.taskAssignee(query.assignee());
    }
    if (candidateGroup != null) {
      historyQuery.taskHadCandidateGroup(candidateGroup);
    }
    if (query.candidateUser() != null) {
      historyQuery.taskHadCandidateUser(query.candidateUser());
    }
    if (query.unassigned()) {
      historyQuery.taskUnassigned();
    }
    return historyQuery
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .listPage(0, query.limit())
        .stream()
        .map(this::toRecord)
        .toList();
  }

  private UserTask toRecord(Task task) {
    List<String> groups = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
        if (link.getGroupId() != null) {
          groups.add(link.getGroupId());
        }
        if (link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
    }
    return new UserTask(
        task.getId(),
        task.getName(),
        task.getTaskDefinitionKey(),
        task.getProcessInstanceId(),
        processIds.of(task.getProcessDefinitionId()),
        task.getAssignee(),
        List.copyOf(groups),
        List.copyOf(users),
        formId(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
        EngineValues.dateTime(task.getCreateTime()),
        EngineValues.dateTime(task.getDueDate()),
        EngineValues.dateTime(task.getFollowUpDate()),
        UserTask.State.CREATED);
  }

  private UserTask toRecord(HistoricTaskInstance task) {
    UserTask.State state;
    if (task.getEndTime() == null) {
      state = UserTask.State.CREATED;
    } else {
      state =
          "completed".equals(task.getDeleteReason())
              ? UserTask.State.COMPLETED
              : UserTask.State.CANCELED;
    }
    return new UserTask(
        task.getId(),
        task.getName(),
        task.getTaskDefinitionKey(),
        task.getProcessInstanceId(),
        processIds.of(task.getProcessDefinitionId()),
        task.getAssignee(),
        List.of(),
        List.of(),
        formId(task.getProcessDefinitionId(), task.getTaskDefinitionKey()),
        EngineValues.dateTime(task.getStartTime()),
        EngineValues.dateTime(task.getDueDate()),
        EngineValues.dateTime(task.getFollowUpDate()),
        state);
  }

  /** The form-js form id the task references ({@code camunda:formRef}), from the cached model. */
  private String formId(String processDefinitionId, String elementId) {
    if (processDefinitionId == null || elementId == null) {
      return null;
    }
    FlowElement element =
        repository.getBpmnModelInstance(processDefinitionId).getModelElementById(elementId);
    if (element instanceof org.operaton.bpm.model.bpmn.instance.UserTask userTask) {
      return userTask.getOperatonFormRef();
    }
    return null;
  }
}
