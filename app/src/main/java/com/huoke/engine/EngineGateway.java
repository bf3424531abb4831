package com.huoke.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one door to the process engine. Nothing else in the app imports an engine: features deploy,
 * start, correlate and work tasks through this interface, which has an embedded (Operaton) and a
 * camunda8 implementation chosen by {@code huoke.engine}.
 *
 * <p>Keys are strings: Operaton ids as they are, Camunda 8 keys in decimal. Unknown keys raise
 * {@link EngineNotFoundException}; a rejected BPMN raises {@link UnsupportedBpmnException}.
 */
public interface EngineGateway {

  /** Deploys BPMN ({@code .bpmn}, Camunda 8 dialect) and form ({@code .form}) resources. */
  Deployment deploy(List<DeploymentResource> resources);

  /** The latest version of every deployed process. */
  List<ProcessDefinition> searchProcessDefinitions();

  /**
   * What deploying these resources would be refused for, without deploying anything; empty when
   * they are deployable.
   */
  List<DeploymentProblem> validate(List<DeploymentResource> resources);

  /** Every deployed version of the process with this BPMN process id, newest first. */
  List<ProcessDefinition> searchProcessDefinitionVersions(String processDefinitionId);

  ProcessDefinition getProcessDefinition(String processDefinitionKey);

  /** Instance counts by state over every version of the process with this BPMN process id. */
  ProcessInstanceCounts countProcessInstances(String processDefinitionId);

  /** The latest version of every deployed form. */
  List<FormDefinition> searchFormDefinitions();

  /** The form-js schema (JSON) of the latest deployed form with this id, if there is one. */
  Optional<String> getFormSchema(String formId);

  /** The form-js schema (JSON) of the form the user task links, if it links one. */
  Optional<String> getUserTaskFormSchema(String userTaskKey);

  /** The BPMN XML of a deployed process definition, in the Camunda 8 dialect it was deployed in. */
  String getProcessDefinitionXml(String processDefinitionKey);

  ProcessInstanceRef startProcess(StartProcess command);

  /**
   * Publishes a message: correlated to a waiting subscription with the same name and correlation
   * key, or kept until its time to live runs out and correlated when such a subscription opens.
   */
  void publishMessage(PublishMessage command);

  List<UserTask> searchUserTasks(UserTaskQuery query);

  UserTask getUserTask(String userTaskKey);

  Map<String, Object> getUserTaskVariables(String userTaskKey);

  void claimUserTask(String userTaskKey, String assignee);

  void unclaimUserTask(String userTaskKey);

  void completeUserTask(String userTaskKey, Map<String, Object> variables);

  /** Replaces the candidate groups of an open user task (escalation). */
  void updateUserTaskCandidateGroups(String userTaskKey, List<String> candidateGroups);

  List<ProcessInstance> searchProcessInstances(ProcessInstanceQuery query);

  /**
   * One page of instances, newest first: {@code from} instances are skipped, at most {@code size}
   * returned ({@code query.limit()} is not used).
   */
  ProcessInstancePage searchProcessInstances(ProcessInstanceQuery query, int from, int size);

  ProcessInstance getProcessInstance(String processInstanceKey);

  /** The state of every element instance of a process instance, active and completed. */
  List<ElementInstance> getElementInstances(String processInstanceKey);

  Map<String, Object> getVariables(String processInstanceKey);

  List<Incident> searchIncidents(IncidentQuery query);

  /** Gives the failed job of an incident new retries and resolves the incident. */
  void retryIncident(String incidentKey, int retries);

  void cancelProcessInstance(String processInstanceKey);
}
