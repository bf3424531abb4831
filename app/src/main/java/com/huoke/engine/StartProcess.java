package com.huoke.engine;

import java.util.Map;

/** Starts the latest version of a process by its BPMN process id. */
public record StartProcess(
    String processDefinitionId, String businessKey, Map<String, Object> variables) {
  public StartProcess {
    variables = variables == null ? Map.of() : Map.copyOf(variables);
  }
}
