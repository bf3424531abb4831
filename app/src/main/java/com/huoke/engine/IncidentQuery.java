package com.huoke.engine;

/** Filters for incident search; {@code null} fields do not filter. */
public record IncidentQuery(String processInstanceKey, String processDefinitionId, int limit) {

  public static IncidentQuery ofProcessInstance(String processInstanceKey) {
    return new IncidentQuery(processInstanceKey, null, 100);
  }
}
