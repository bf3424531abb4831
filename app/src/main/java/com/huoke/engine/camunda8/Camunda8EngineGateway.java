package com.huoke.engine.camunda8;

import static com.huoke.engine.camunda8.Camunda8Keys.format;
import static com.huoke.engine.camunda8.Camunda8Keys.parse;
import static com.huoke.engine.camunda8.Camunda8Problems.call;

import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.Incident;
import com.huoke.engine.IncidentQuery;
import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceQuery;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.PublishMessage;
import com.huoke.engine.StartProcess;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.command.PublishMessageCommandStep1.PublishMessageCommandStep3;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Variable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine gateway on a Camunda 8 cluster, through the starter's {@link CamundaClient} and the
 * Orchestration Cluster REST API (v2). Active when {@code huoke.engine=camunda8}.
 *
 * <p>Camunda 8 has no business key: it travels as the process variable {@value
 * #BUSINESS_KEY_VARIABLE} and is searched and read back as one. Searches and reads go to the
 * cluster's secondary storage, which trails commands by a moment (eventual consistency).
 */
@Component
@ConditionalOnProperty(
    name = EngineModeEnvironmentPostProcessor.PROPERTY,
    havingValue = EngineModeEnvironmentPostProcessor.CAMUNDA8)
public class Camunda8EngineGateway implements EngineGateway {

  /** The process variable that carries {@link StartProcess#businessKey()}. */
  public static final String BUSINESS_KEY_VARIABLE = "businessKey";

  private final CamundaClient client;
  private final Camunda8Mapper mapper;

  /** Form keys never change their form, so their ids are asked for once. */
  private final Map<Long, String> formIds = new ConcurrentHashMap<>();

  public Camunda8EngineGateway(CamundaClient client) {
    this.client = client;
    this.mapper = new Camunda8Mapper(client.getConfiguration().getJsonMapper());
  }

  @Override
  public Deployment deploy(List<DeploymentResource> resources) {
    if (resources.isEmpty()) {
      throw new IllegalArgumentException("Expected resources to deploy, but got none");
    }
    DeployResourceCommandStep2 command = null;
    for (DeploymentResource resource : resources) {
      if (!resource.name().endsWith(".bpmn") && !resource.name().endsWith(".form")) {
        throw new IllegalArgumentException(
            "Expected a .bpmn or .form resource, but got '%s'".formatted(resource.name()));
      }
      command =
          (command == null ? client.newDeployResourceCommand() : command)
              .addResourceBytes(resource.content(), resource.name());
    }
    DeploymentEvent event;
    try {
      event = command.send().join();
    } catch (ClientHttpException e) {
      if (e.code() == Camunda8Problems.BAD_REQUEST) {
        throw DeploymentRejections.toException(Camunda8Problems.detail(e), resources);
      }
      throw e;
    }
    Map<String, String> names = BpmnProcessNames.of(resources);
    return new Deployment(
        Long.toString(event.getKey()),
        event.getProcesses().stream()
            .map(
                p ->
                    new ProcessDefinition(
                        Long.toString(p.getProcessDefinitionKey()),
                        p.getBpmnProcessId(),
                        names.get(p.getBpmnProcessId()),
                        p.getVersion(),
                        p.getResourceName()))
            .toList());
  }

  @Override
  public List<ProcessDefinition> searchProcessDefinitions() {
    return Camunda8Paging.all(
            page ->
                client
                    .newProcessDefinitionSearchRequest()
                    .filter(f -> f.isLatestVersion(true))
                    .page(page)
                    .send()
                    .join())
        .stream()
        .map(mapper::processDefinition)
        .toList();
  }

  @Override
  public String getProcessDefinitionXml(String processDefinitionKey) {
    long key = parse("process definition", processDefinitionKey);
    return call(
        "process definition",
        processDefinitionKey,
        () -> client.newProcessDefinitionGetXmlRequest(key).send().join());
  }

  @Override
  public ProcessInstanceRef startProcess(StartProcess command) {
    Map<String, Object> variables = new HashMap<>(command.variables());
    if (command.businessKey() != null) {
      variables.put(BUSINESS_KEY_VARIABLE, command.businessKey());
    }
    ProcessInstanceEvent event =
        call(
            "process",
            command.processDefinitionId(),
            () ->
                client
                    .newCreateInstanceCommand()
                    .bpmnProcessId(command.processDefinitionId())
                    .latestVersion()
                    .variables(variables)
                    .send()
                    .join());
    return new ProcessInstanceRef(
        Long.toString(event.getProcessInstanceKey()),
        Long.toString(event.getProcessDefinitionKey()),
        event.getBpmnProcessId());
  }

  @Override
  public void publishMessage(PublishMessage command) {
    PublishMessageCommandStep3 publish =
        client
            .newPublishMessageCommand()
            .messageName(command.name())
            .correlationKey(Objects.requireNonNullElse(command.correlationKey(), ""))
            .timeToLive(command.timeToLive())
            .variables(command.variables());
    if (command.messageId() != null) {
      publish = publish.messageId(command.messageId());
    }
    try {
      publish.send().join();
    } catch (ClientHttpException e) {
      // Zeebe refuses a message id it still buffers; the contract calls that publish idempotent.
      if (e.code() != Camunda8Problems.CONFLICT || command.messageId() == null) {
        throw Camunda8Problems.translate("message", command.name(), e);
      }
    }
  }

  @Override
  public List<UserTask> searchUserTasks(UserTaskQuery query) {
    Long processInstanceKey = optionalKey(query.processInstanceKey());
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

  @Override
  public UserTask getUserTask(String userTaskKey) {
    long key = parse("user task", userTaskKey);
    return call(
        "user task", userTaskKey, () -> userTask(client.newUserTaskGetRequest(key).send().join()));
  }

  @Override
  public Map<String, Object> getUserTaskVariables(String userTaskKey) {
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

  @Override
  public void claimUserTask(String userTaskKey, String assignee) {
    long key = parse("user task", userTaskKey);
    try {
      client.newAssignUserTaskCommand(key).assignee(assignee).allowOverride(false).send().join();
    } catch (ClientHttpException e) {
      // Claiming a task one already holds succeeds, as it does on the embedded engine.
      if (e.code() != Camunda8Problems.CONFLICT
          || !assignee.equals(getUserTask(userTaskKey).assignee())) {
        throw Camunda8Problems.translate("user task", userTaskKey, e);
      }
    }
  }

  @Override
  public void unclaimUserTask(String userTaskKey) {
    long key = parse("user task", userTaskKey);
    call("user task", userTaskKey, () -> client.newUnassignUserTaskCommand(key).send().join());
  }

  @Override
  public void completeUserTask(String userTaskKey, Map<String, Object> variables) {
    long key = parse("user task", userTaskKey);
    Map<String, Object> values = variables == null ? Map.of() : variables;
    call(
        "user task",
        userTaskKey,
        () -> client.newCompleteUserTaskCommand(key).variables(values).send().join());
  }

  @Override
  public void updateUserTaskCandidateGroups(String userTaskKey, List<String> candidateGroups) {
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

  @Override
  public List<ProcessInstance> searchProcessInstances(ProcessInstanceQuery query) {
    List<io.camunda.client.api.search.response.ProcessInstance> instances =
        client
            .newProcessInstanceSearchRequest()
            .filter(
                f -> {
                  if (query.processDefinitionId() != null) {
                    f.processDefinitionId(query.processDefinitionId());
                  }
                  if (query.state() != null) {
                    f.state(Camunda8Mapper.processInstanceState(query.state()));
                  }
                  if (query.businessKey() != null) {
                    f.variables(
                        List.of(
                            v ->
                                v.name(BUSINESS_KEY_VARIABLE)
                                    .value(mapper.toJson(query.businessKey()))));
                  }
                })
            .page(p -> p.limit(query.limit()))
            .send()
            .join()
            .items();
    Map<Long, String> businessKeys = businessKeys(instances);
    return instances.stream()
        .map(p -> mapper.processInstance(p, businessKeys.get(p.getProcessInstanceKey())))
        .toList();
  }

  @Override
  public ProcessInstance getProcessInstance(String processInstanceKey) {
    long key = parse("process instance", processInstanceKey);
    var instance =
        call(
            "process instance",
            processInstanceKey,
            () -> client.newProcessInstanceGetRequest(key).send().join());
    return mapper.processInstance(instance, businessKeys(List.of(instance)).get(key));
  }

  @Override
  public List<ElementInstance> getElementInstances(String processInstanceKey) {
    long key = parse("process instance", processInstanceKey);
    var elements =
        Camunda8Paging.all(
            page ->
                client
                    .newElementInstanceSearchRequest()
                    .filter(f -> f.processInstanceKey(key))
                    .page(page)
                    .send()
                    .join());
    if (elements.isEmpty()) {
      getProcessInstance(processInstanceKey); // every instance has elements: tell unknown keys
    }
    // the process itself is no shape on the diagram
    return elements.stream()
        .filter(e -> e.getType() != ElementInstanceType.PROCESS)
        .map(mapper::elementInstance)
        .toList();
  }

  @Override
  public Map<String, Object> getVariables(String processInstanceKey) {
    long key = parse("process instance", processInstanceKey);
    List<Variable> variables =
        Camunda8Paging.all(
            page ->
                client
                    .newVariableSearchRequest()
                    .withFullValues()
                    .filter(f -> f.processInstanceKey(key).scopeKey(key))
                    .page(page)
                    .send()
                    .join());
    if (variables.isEmpty()) {
      getProcessInstance(processInstanceKey); // no variables, or no such instance?
    }
    return mapper.variables(variables);
  }

  @Override
  public List<Incident> searchIncidents(IncidentQuery query) {
    Long processInstanceKey = optionalKey(query.processInstanceKey());
    if (query.processInstanceKey() != null && processInstanceKey == null) {
      return List.of();
    }
    return client
        .newIncidentSearchRequest()
        .filter(
            f -> {
              f.state(IncidentState.ACTIVE);
              if (processInstanceKey != null) {
                f.processInstanceKey(processInstanceKey);
              }
              if (query.processDefinitionId() != null) {
                f.processDefinitionId(query.processDefinitionId());
              }
            })
        .page(p -> p.limit(query.limit()))
        .send()
        .join()
        .items()
        .stream()
        .map(mapper::incident)
        .toList();
  }

  @Override
  public void retryIncident(String incidentKey, int retries) {
    if (retries < 1) {
      throw new IllegalArgumentException(
          "Expected at least 1 retry for incident '%s', but got %d"
              .formatted(incidentKey, retries));
    }
    long key = parse("incident", incidentKey);
    var incident =
        call("incident", incidentKey, () -> client.newIncidentGetRequest(key).send().join());
    if (incident.getJobKey() != null) {
      call(
          "job",
          format(incident.getJobKey()),
          () ->
              client.newUpdateRetriesCommand(incident.getJobKey()).retries(retries).send().join());
    }
    call("incident", incidentKey, () -> client.newResolveIncidentCommand(key).send().join());
  }

  @Override
  public void cancelProcessInstance(String processInstanceKey) {
    long key = parse("process instance", processInstanceKey);
    call(
        "process instance",
        processInstanceKey,
        () -> client.newCancelInstanceCommand(key).send().join());
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

  /** One search for the business keys of a page of instances (only their own scope counts). */
  private Map<Long, String> businessKeys(
      List<io.camunda.client.api.search.response.ProcessInstance> instances) {
    if (instances.isEmpty()) {
      return Map.of();
    }
    List<Long> keys =
        instances.stream()
            .map(io.camunda.client.api.search.response.ProcessInstance::getProcessInstanceKey)
            .toList();
    Map<Long, String> businessKeys = new HashMap<>();
    Camunda8Paging.all(
            page ->
                client
                    .newVariableSearchRequest()
                    .filter(f -> f.name(BUSINESS_KEY_VARIABLE).processInstanceKey(p -> p.in(keys)))
                    .page(page)
                    .send()
                    .join())
        .stream()
        .filter(v -> Objects.equals(v.getScopeKey(), v.getProcessInstanceKey()))
        .forEach(
            v -> {
              Object value = mapper.variables(List.of(v)).get(BUSINESS_KEY_VARIABLE);
              businessKeys.put(v.getProcessInstanceKey(), value == null ? null : value.toString());
            });
    return businessKeys;
  }

  private static Long optionalKey(String key) {
    if (key == null) {
      return null;
    }
    try {
      return Long.parseLong(key.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
