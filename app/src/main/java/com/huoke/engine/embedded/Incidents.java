package com.huoke.engine.embedded;

import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.Incident;
import com.huoke.engine.IncidentQuery;
import java.util.List;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.RuntimeService;

/** Open incidents and their retry: new retries on the failed job resolve the incident. */
final class Incidents {

  private final RuntimeService runtime;
  private final ExternalTaskService externalTasks;
  private final ManagementService management;
  private final ProcessIds processIds;

  Incidents(
      RuntimeService runtime,
      ExternalTaskService externalTasks,
      ManagementService management,
      ProcessIds processIds) {
    this.runtime = runtime;
    this.externalTasks = externalTasks;
    this.management = management;
    this.processIds = processIds;
  }

  List<Incident> search(IncidentQuery query) {
    org.operaton.bpm.engine.runtime.IncidentQuery incidents = runtime.createIncidentQuery();
    if (query.processInstanceKey() != null) {
      incidents.processInstanceId(query.processInstanceKey());
    }
    if (query.processDefinitionId() != null) {
      incidents.processDefinitionKeyIn(query.processDefinitionId());
    }
    return incidents.orderByIncidentTimestamp().desc().listPage(0, query.limit()).stream()
        .map(this::toRecord)
        .toList();
  }

  void retry(String incidentKey, int retries) {
    if (retries < 1) {
      throw new IllegalArgumentException(
          "Expected at least 1 retry to resolve incident '%s', but got %d"
              .formatted(incidentKey, retries));
    }
    org.operaton.bpm.engine.runtime.Incident incident =
        runtime.createIncidentQuery().incidentId(incidentKey).singleResult();
    if (incident == null) {
      throw new EngineNotFoundException("incident", incidentKey);
    }
    switch (incident.getIncidentType()) {
      case org.operaton.bpm.engine.runtime.Incident.EXTERNAL_TASK_HANDLER_TYPE ->
          externalTasks.setRetries(incident.getConfiguration(), retries);
      case org.operaton.bpm.engine.runtime.Incident.FAILED_JOB_HANDLER_TYPE ->
          management.setJobRetries(incident.getConfiguration(), retries);
      default -> runtime.resolveIncident(incidentKey);
    }
  }

  private Incident toRecord(org.operaton.bpm.engine.runtime.Incident incident) {
    return new Incident(
        incident.getId(),
        incident.getProcessInstanceId(),
        processIds.of(incident.getProcessDefinitionId()),
        incident.getActivityId(),
        incident.getConfiguration(),
        IncidentTypes.toGatewayType(incident.getIncidentType()),
        incident.getIncidentMessage(),
        EngineValues.dateTime(incident.getIncidentTimestamp()));
  }
}
