package com.huoke.engine;

/** Filters for instance search; {@code null} fields do not filter. */
public record ProcessInstanceQuery(
    String processDefinitionId, String businessKey, ProcessInstance.State state, int limit) {

  public static ProcessInstanceQuery all() {
    return new ProcessInstanceQuery(null, null, null, 100);
  }
}
