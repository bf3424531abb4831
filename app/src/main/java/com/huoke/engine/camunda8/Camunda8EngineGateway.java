package com.huoke.engine.camunda8;

import static com.huoke.engine.camunda8.Camunda8Keys.format;
import static com.huoke.engine.camunda8.Camunda8Keys.parse;
import static com.huoke.engine.camunda8.Camunda8Problems.call;

import com.huoke.engine.Deployment;
import com.huoke.engine.DeploymentProblem;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineGateway;
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
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.command.PublishMessageCommandStep1.PublishMessageCommandStep3;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.enums.IncidentState;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
  private final Camunda8ProcessInstances processInstances;
  private final Camunda8UserTasks userTasks;
  private final Camunda8Definitions definitions;
  private final Camunda8Forms forms = new Camunda8Forms();

  public Camunda8EngineGateway(CamundaClient client) {
    this.client = client;
    this.mapper = new Camunda8Mapper(client.getConfiguration().getJsonMapper());
    this.processInstances = new Camunda8ProcessInstances(client, mapper);
    this.userTasks = new Camunda8UserTasks(client, mapper);
    this.definitions = new Camunda8Definitions(client, mapper);
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
            .toList(),
        forms.deployed(event.getForm(), resources));
  }

  @Override
  public List<DeploymentProblem> validate(List<DeploymentResource> resources) {
    return Camunda8ModelValidation.validate(resources);
  }

  @Override
  public List<ProcessDefinition> searchProcessDefinitionVersions(String processDefinitionId) {
    return definitions.versions(processDefinitionId);
  }

  @Override
  public ProcessDefinition getProcessDefinition(String processDefinitionKey) {
    return definitions.get(processDefinitionKey);
  }

  @Override
  public ProcessInstanceCounts countProcessInstances(String processDefinitionId) {
    return definitions.count(processDefinitionId);
  }

  @Override
  public List<FormDefinition> searchFormDefinitions() {
    return forms.latest();
  }

  @Override
  public Optional<String> getFormSchema(String formId) {
    return forms.schema(formId);
  }

  @Override
  public Optional<String> getUserTaskFormSchema(String userTaskKey) {
    return userTasks.formSchema(userTaskKey);
  }

  @Override
  public ProcessInstancePage searchProcessInstances(
      ProcessInstanceQuery query, int from, int size) {
    return processInstances.page(query, from, size);
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
  public List<Incident> searchIncidents(IncidentQuery query) {
    Long processInstanceKey = Camunda8Keys.parseOrNull(query.processInstanceKey());
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
  public ProcessInstanceRef startProcess(StartProcess command) {
    return processInstances.start(command);
  }

  @Override
  public List<UserTask> searchUserTasks(UserTaskQuery query) {
    return userTasks.search(query);
  }

  @Override
  public UserTask getUserTask(String userTaskKey) {
    return userTasks.get(userTaskKey);
  }

  @Override
  public Map<String, Object> getUserTaskVariables(String userTaskKey) {
    return userTasks.variables(userTaskKey);
  }

  @Override
  public void claimUserTask(String userTaskKey, String assignee) {
    userTasks.claim(userTaskKey, assignee);
  }

  @Override
  public void unclaimUserTask(String userTaskKey) {
    userTasks.unclaim(userTaskKey);
  }

  @Override
  public void completeUserTask(String userTaskKey, Map<String, Object> variables) {
    userTasks.complete(userTaskKey, variables);
  }

  @Override
  public void updateUserTaskCandidateGroups(String userTaskKey, List<String> candidateGroups) {
    userTasks.updateCandidateGroups(userTaskKey, candidateGroups);
  }

  @Override
  public List<ProcessInstance> searchProcessInstances(ProcessInstanceQuery query) {
    return processInstances.search(query);
  }

  @Override
  public ProcessInstance getProcessInstance(String processInstanceKey) {
    return processInstances.get(processInstanceKey);
  }

  @Override
  public List<ElementInstance> getElementInstances(String processInstanceKey) {
    return processInstances.elementInstances(processInstanceKey);
  }

  @Override
  public Map<String, Object> getVariables(String processInstanceKey) {
    return processInstances.variables(processInstanceKey);
  }

  @Override
  public void cancelProcessInstance(String processInstanceKey) {
    processInstances.cancel(processInstanceKey);
  }
}
