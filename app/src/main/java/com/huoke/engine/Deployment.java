package com.huoke.engine;

import java.util.List;

/** The outcome of a deployment: the process definitions and forms it created or found unchanged. */
public record Deployment(
    String deploymentKey, List<ProcessDefinition> processes, List<FormDefinition> forms) {

  public Deployment {
    processes = List.copyOf(processes);
    forms = forms == null ? List.of() : List.copyOf(forms);
  }

  public Deployment(String deploymentKey, List<ProcessDefinition> processes) {
    this(deploymentKey, processes, List.of());
  }
}
