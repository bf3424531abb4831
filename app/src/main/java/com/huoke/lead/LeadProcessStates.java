package com.huoke.lead;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.IncidentQuery;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.UserTaskQuery;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Reads a lead's intake instance from the engine gateway for {@link LeadView.Process}. */
@Component
class LeadProcessStates {

  private final EngineGateway engine;

  LeadProcessStates(EngineGateway engine) {
    this.engine = engine;
  }

  /** Empty when the engine no longer knows the instance (e.g. its history was cleaned up). */
  Optional<LeadView.Process> of(String processInstanceKey) {
    if (processInstanceKey == null) {
      return Optional.empty();
    }
    try {
      ProcessInstance instance = engine.getProcessInstance(processInstanceKey);
      return Optional.of(
          new LeadView.Process(
              processInstanceKey,
              instance.state().name(),
              instance.hasIncident(),
              engine.getElementInstances(processInstanceKey).stream()
                  .filter(element -> element.state() == ElementInstance.State.ACTIVE)
                  .map(ElementInstance::elementId)
                  .toList(),
              engine.searchUserTasks(UserTaskQuery.ofProcessInstance(processInstanceKey)).stream()
                  .map(
                      task ->
                          new LeadView.OpenTask(
                              task.userTaskKey(),
                              task.elementId(),
                              task.name(),
                              task.assignee(),
                              task.candidateGroups(),
                              task.formId(),
                              task.creationDate()))
                  .toList(),
              engine.searchIncidents(IncidentQuery.ofProcessInstance(processInstanceKey)).stream()
                  .map(
                      incident ->
                          new LeadView.ProcessIncident(
                              incident.incidentKey(),
                              incident.elementId(),
                              incident.errorType(),
                              incident.errorMessage()))
                  .toList()));
    } catch (EngineNotFoundException gone) {
      return Optional.empty();
    }
  }
}
