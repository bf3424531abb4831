package com.huoke.engine.embedded;

import org.operaton.bpm.engine.impl.context.Context;
import org.operaton.bpm.engine.impl.incident.IncidentContext;
import org.operaton.bpm.engine.impl.incident.IncidentHandler;
import org.operaton.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.operaton.bpm.engine.runtime.Incident;

/**
 * A sub-handler of Operaton's composite incident handler: the default handler creates the incident,
 * this one counts it.
 */
final class IncidentMetricsHandler implements IncidentHandler {

  private final String incidentType;
  private final EngineMetrics metrics;

  IncidentMetricsHandler(String incidentType, EngineMetrics metrics) {
    this.incidentType = incidentType;
    this.metrics = metrics;
  }

  @Override
  public String getIncidentHandlerType() {
    return incidentType;
  }

  @Override
  public Incident handleIncident(IncidentContext context, String message) {
    metrics.incidentCreated(processId(context), IncidentTypes.toGatewayType(incidentType));
    return null;
  }

  @Override
  public void resolveIncident(IncidentContext context) {
    // nothing to count
  }

  @Override
  public void deleteIncident(IncidentContext context) {
    // nothing to count
  }

  private static String processId(IncidentContext context) {
    if (context.getProcessDefinitionId() == null) {
      return "unknown";
    }
    ProcessDefinitionEntity definition =
        Context.getProcessEngineConfiguration()
            .getDeploymentCache()
            .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
    return definition == null ? "unknown" : definition.getKey();
  }
}
