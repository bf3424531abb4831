package com.huoke.process;

import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.ProcessInstanceCounts;
import java.util.List;

/** A process as the modeler lists it: its latest version, every version, and instance counts. */
record ProcessDefinitionSummary(
    String processDefinitionKey,
    String processDefinitionId,
    String name,
    int version,
    String resourceName,
    List<Version> versions,
    ProcessInstanceCounts instances) {

  record Version(String processDefinitionKey, int version) {}

  static ProcessDefinitionSummary of(
      ProcessDefinition definition,
      List<ProcessDefinition> versions,
      ProcessInstanceCounts counts) {
    return new ProcessDefinitionSummary(
        definition.processDefinitionKey(),
        definition.processDefinitionId(),
        definition.name(),
        definition.version(),
        definition.resourceName(),
        versions.stream().map(v -> new Version(v.processDefinitionKey(), v.version())).toList(),
        counts);
  }
}
