package com.huoke.engine;

/**
 * Filters for instance search; {@code null} fields do not filter. {@code hasIncident} true keeps
 * only instances with an open incident.
 */
public record ProcessInstanceQuery(
    String processDefinitionId,
    String businessKey,
    ProcessInstance.State state,
    Boolean hasIncident,
    int limit) {

  public ProcessInstanceQuery(
      String processDefinitionId, String businessKey, ProcessInstance.State state, int limit) {
    this(processDefinitionId, businessKey, state, null, limit);
  }

  public static ProcessInstanceQuery all() {
    return new ProcessInstanceQuery(null, null, null, 100);
  }
}
