package com.huoke.engine.embedded;

import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentProblem;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineConflictException;
import com.huoke.engine.EngineException;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.FormDefinition;
import com.huoke.engine.Incident;
import com.huoke.engine.IncidentQuery;
import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceCounts;
import com.huoke.engine.ProcessInstancePage;
import com.huoke.engine.ProcessInstanceQuery;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.PublishMessage;
import com.huoke.engine.StartProcess;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import com.huoke.engine.translation.ZeebeBpmnTranslator;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.operaton.bpm.engine.OptimisticLockingException;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineException;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.impl.interceptor.CommandExecutor;
import org.operaton.bpm.engine.task.IdentityLinkType;

/**
 * The embedded engine behind {@link EngineGateway}: Operaton, with Camunda 8 BPMN translated at
 * deploy time and Zeebe's message semantics added by {@link HuoKeEnginePlugin}. Engine exceptions
 * come out as {@link EngineNotFoundException}, {@link EngineConflictException} or {@link
 * EngineException} naming what was attempted.
 */
public final class OperatonEngineGateway implements EngineGateway {

  /** Expired messages are never delivered, so purging them can wait this long. */
  private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final CommandExecutor commands;
  private final ProcessDeployments deployments;
  private final UserTasks userTasks;
  private final ProcessInstances instances;
  private final Incidents incidents;
  private final AtomicLong nextPurgeAt = new AtomicLong();

  public OperatonEngineGateway(ProcessEngine engine) {
    this(engine, new ZeebeBpmnTranslator()::translate);
  }

  OperatonEngineGateway(ProcessEngine engine, BpmnTranslation translation) {
    this.repository = engine.getRepositoryService();
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
    this.commands =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
            .getCommandExecutorTxRequired();
    ProcessIds processIds = new ProcessIds(repository);
    this.deployments = new ProcessDeployments(repository, translation);
    this.userTasks = new UserTasks(tasks, engine.getHistoryService(), repository, processIds);
    this.instances = new ProcessInstances(runtime, engine.getHistoryService());
    this.incidents =
        new Incidents(
            runtime, engine.getExternalTaskService(), engine.getManagementService(), processIds);
  }

  @Override
  public Deployment deploy(List<DeploymentResource> resources) {
    return call("deploy resources", () -> deployments.deploy(resources));
  }

  @Override
  public List<ProcessDefinition> searchProcessDefinitions() {
    return call("search process definitions", deployments::latestDefinitions);
  }

  @Override
  public List<DeploymentProblem> validate(List<DeploymentResource> resources) {
    return call("validate resources", () -> deployments.validate(resources));
  }

  @Override
  public List<ProcessDefinition> searchProcessDefinitionVersions(String processDefinitionId) {
    return call(
        "search versions of process '%s'".formatted(processDefinitionId),
        () -> deployments.versions(processDefinitionId));
  }

  @Override
  public ProcessDefinition getProcessDefinition(String processDefinitionKey) {
    return call(
        "read process definition '%s'".formatted(processDefinitionKey),
        () -> deployments.definition(processDefinitionKey));
  }

  @Override
  public ProcessInstanceCounts countProcessInstances(String processDefinitionId) {
    return call(
        "count instances of process '%s'".formatted(processDefinitionId),
        () -> instances.count(processDefinitionId));
  }

  @Override
  public List<FormDefinition> searchFormDefinitions() {
    return call("search form definitions", deployments::latestForms);
  }

  @Override
  public Optional<String> getFormSchema(String formId) {
    return call("read form '%s'".formatted(formId), () -> deployments.formSchema(formId));
  }

  /** Operaton resolves {@code formRef} to the latest form with the id, so this does too. */
  @Override
  public Optional<String> getUserTaskFormSchema(String userTaskKey) {
    String formId = getUserTask(userTaskKey).formId();
    return formId == null ? Optional.empty() : getFormSchema(formId);
  }

  @Override
  public String getProcessDefinitionXml(String processDefinitionKey) {
    return call(
        "read process definition '%s'".formatted(processDefinitionKey),
        () -> deployments.xml(processDefinitionKey));
  }

  @Override
  public ProcessInstanceRef startProcess(StartProcess command) {
    return call(
        "start process '%s'".formatted(command.processDefinitionId()),
        () -> {
          org.operaton.bpm.engine.runtime.ProcessInstance instance =
              runtime
                  .createProcessInstanceByKey(command.processDefinitionId())
                  .businessKey(command.businessKey())
                  .setVariables(new HashMap<>(command.variables()))
                  .execute();
          return new ProcessInstanceRef(
              instance.getId(), instance.getProcessDefinitionId(), command.processDefinitionId());
        },
        () -> requireProcess(command.processDefinitionId()));
  }

  @Override
  public void publishMessage(PublishMessage command) {
    if (command.name() == null || command.name().isBlank()) {
      throw new IllegalArgumentException("Expected a message name, but it is blank");
    }
    call(
        "publish message '%s'".formatted(command.name()),
        () -> commands.execute(new PublishMessageCmd(command, purgeDue())));
  }

  @Override
  public List<UserTask> searchUserTasks(UserTaskQuery query) {
    return call("search user tasks", () -> userTasks.search(query));
  }

  @Override
  public UserTask getUserTask(String userTaskKey) {
    return call("read user task '%s'".formatted(userTaskKey), () -> userTasks.get(userTaskKey));
  }

  @Override
  public Map<String, Object> getUserTaskVariables(String userTaskKey) {
    return call(
        "read variables of user task '%s'".formatted(userTaskKey),
        () -> userTasks.variables(userTaskKey));
  }

  @Override
  public void claimUserTask(String userTaskKey, String assignee) {
    run(
        "claim user task '%s' for '%s'".formatted(userTaskKey, assignee),
        () -> tasks.claim(userTaskKey, assignee),
        () -> requireOpenTask(userTaskKey));
  }

  @Override
  public void unclaimUserTask(String userTaskKey) {
    run(
        "unclaim user task '%s'".formatted(userTaskKey),
        () -> tasks.setAssignee(userTaskKey, null),
        () -> requireOpenTask(userTaskKey));
  }

  @Override
  public void completeUserTask(String userTaskKey, Map<String, Object> variables) {
    Map<String, Object> values = variables == null ? Map.of() : variables;
    run(
        "complete user task '%s'".formatted(userTaskKey),
        () -> tasks.complete(userTaskKey, new HashMap<>(values)),
        () -> requireOpenTask(userTaskKey));
  }

  @Override
  public void updateUserTaskCandidateGroups(String userTaskKey, List<String> candidateGroups) {
    run(
        "update candidate groups of user task '%s'".formatted(userTaskKey),
        () -> {
          requireOpenTask(userTaskKey);
          tasks.getIdentityLinksForTask(userTaskKey).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
              .filter(link -> link.getGroupId() != null)
              .forEach(link -> tasks.deleteCandidateGroup(userTaskKey, link.getGroupId()));
          candidateGroups.forEach(group -> tasks.addCandidateGroup(userTaskKey, group));
        },
        () -> requireOpenTask(userTaskKey));
  }

  @Override
  public List<ProcessInstance> searchProcessInstances(ProcessInstanceQuery query) {
    return call("search process instances", () -> instances.search(query));
  }

  @Override
  public ProcessInstancePage searchProcessInstances(
      ProcessInstanceQuery query, int from, int size) {
    return call("search process instances", () -> instances.page(query, from, size));
  }

  @Override
  public ProcessInstance getProcessInstance(String processInstanceKey) {
    return call(
        "read process instance '%s'".formatted(processInstanceKey),
        () -> instances.get(processInstanceKey));
  }

  @Override
  public List<ElementInstance> getElementInstances(String processInstanceKey) {
    return call(
        "read element instances of '%s'".formatted(processInstanceKey),
        () -> instances.elementInstances(processInstanceKey));
  }

  @Override
  public Map<String, Object> getVariables(String processInstanceKey) {
    return call(
        "read variables of process instance '%s'".formatted(processInstanceKey),
        () -> instances.variables(processInstanceKey));
  }

  @Override
  public List<Incident> searchIncidents(IncidentQuery query) {
    return call("search incidents", () -> incidents.search(query));
  }

  @Override
  public void retryIncident(String incidentKey, int retries) {
    run(
        "retry incident '%s'".formatted(incidentKey),
        () -> incidents.retry(incidentKey, retries),
        () -> {});
  }

  @Override
  public void cancelProcessInstance(String processInstanceKey) {
    run(
        "cancel process instance '%s'".formatted(processInstanceKey),
        () -> instances.cancel(processInstanceKey),
        () -> {});
  }

  /** True once per {@link #PURGE_INTERVAL} of engine time. */
  private boolean purgeDue() {
    long now = MessageSubscriptions.now().toEpochMilli();
    long due = nextPurgeAt.get();
    return now >= due && nextPurgeAt.compareAndSet(due, now + PURGE_INTERVAL.toMillis());
  }

  private void requireProcess(String processId) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(processId).count() == 0) {
      throw new EngineNotFoundException("process", processId);
    }
  }

  private void requireOpenTask(String userTaskKey) {
    if (tasks.createTaskQuery().taskId(userTaskKey).count() == 0) {
      throw new EngineNotFoundException("user task", userTaskKey);
    }
  }

  private void run(String action, Runnable work, Runnable ensureExists) {
    call(
        action,
        () -> {
          work.run();
          return null;
        },
        ensureExists);
  }

  private static <T> T call(String action, Supplier<T> work) {
    return call(action, work, () -> {});
  }

  /**
   * Runs {@code work}; when the engine fails, {@code ensureExists} tells an unknown key (it throws
   * {@link EngineNotFoundException}) from any other failure, at no cost while all goes well.
   */
  private static <T> T call(String action, Supplier<T> work, Runnable ensureExists) {
    try {
      return work.get();
    } catch (TaskAlreadyClaimedException | OptimisticLockingException e) {
      throw new EngineConflictException(
          "Expected to %s, but the engine refused: %s".formatted(action, e.getMessage()), e);
    } catch (ProcessEngineException e) {
      ensureExists.run();
      throw new EngineException(
          "Expected to %s, but the engine failed: %s".formatted(action, e.getMessage()), e);
    }
  }
}
