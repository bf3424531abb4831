package com.huoke.process;

import com.huoke.engine.EngineGateway;
import com.huoke.engine.IncidentQuery;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstancePage;
import com.huoke.engine.ProcessInstanceQuery;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.StartProcess;
import org.springframework.stereotype.Service;

/** Starting, finding, inspecting and canceling process instances. */
@Service
class ProcessInstanceMonitor {

  private final EngineGateway engine;

  ProcessInstanceMonitor(EngineGateway engine) {
    this.engine = engine;
  }

  ProcessInstanceRef start(StartInstanceRequest request) {
    return engine.startProcess(
        new StartProcess(
            request.processDefinitionId().strip(), request.businessKey(), request.variables()));
  }

  PageOf<ProcessInstance> search(
      String processDefinitionId,
      ProcessInstance.State state,
      Boolean hasIncident,
      int page,
      int size) {
    ProcessInstancePage found;
    try {
      found =
          engine.searchProcessInstances(
              new ProcessInstanceQuery(processDefinitionId, null, state, hasIncident, size),
              page * size,
              size);
    } catch (IllegalArgumentException e) {
      // the only filter an engine may not support (the embedded engine: hasIncident=false)
      throw new InvalidParameterException("hasIncident", e.getMessage());
    }
    return PageOf.of(found.items(), page, size, found.totalItems());
  }

  ProcessInstanceDetails details(String processInstanceKey) {
    ProcessInstance instance = engine.getProcessInstance(processInstanceKey);
    return new ProcessInstanceDetails(
        instance,
        engine.getElementInstances(processInstanceKey),
        engine.searchIncidents(IncidentQuery.ofProcessInstance(processInstanceKey)),
        engine.getVariables(processInstanceKey));
  }

  void cancel(String processInstanceKey) {
    EngineConflicts.translate(() -> engine.cancelProcessInstance(processInstanceKey));
  }
}
