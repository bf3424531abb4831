package com.huoke.process;

import com.huoke.engine.EngineGateway;
import com.huoke.engine.ProcessDefinition;
import java.util.List;
import org.springframework.stereotype.Service;

/** Process definitions with their versions and instance counts. */
@Service
class ProcessDefinitionCatalog {

  private final EngineGateway engine;

  ProcessDefinitionCatalog(EngineGateway engine) {
    this.engine = engine;
  }

  /** The latest version of every process; counts cover all its versions. */
  List<ProcessDefinitionSummary> latest() {
    return engine.searchProcessDefinitions().stream().map(this::summary).toList();
  }

  ProcessDefinitionSummary get(String processDefinitionKey) {
    return summary(engine.getProcessDefinition(processDefinitionKey));
  }

  String xml(String processDefinitionKey) {
    return engine.getProcessDefinitionXml(processDefinitionKey);
  }

  private ProcessDefinitionSummary summary(ProcessDefinition definition) {
    String id = definition.processDefinitionId();
    return ProcessDefinitionSummary.of(
        definition, engine.searchProcessDefinitionVersions(id), engine.countProcessInstances(id));
  }
}
