package com.huoke.engine.embedded;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstanceQuery;
import org.operaton.bpm.engine.history.HistoricVariableInstance;

/**
 * Process instances as the monitor sees them, read from history so that active, completed and
 * canceled instances answer alike.
 */
final class ProcessInstances {

  private final RuntimeService runtime;
  private final HistoryService history;

  ProcessInstances(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
  }

  List<ProcessInstance> search(ProcessInstanceQuery query) {
    HistoricProcessInstanceQuery instances = history.createHistoricProcessInstanceQuery();
    if (query.processDefinitionId() != null) {
      instances.processDefinitionKey(query.processDefinitionId());
    }
    if (query.businessKey() != null) {
      instances.processInstanceBusinessKey(query.businessKey());
    }
    if (query.state() != null) {
      switch (query.state()) {
        case ACTIVE -> instances.or().active().suspended().endOr();
        case COMPLETED -> instances.completed();
        case CANCELED -> instances.or().externallyTerminated().internallyTerminated().endOr();
      }
    }
    return instances.orderByProcessInstanceStartTime().desc().listPage(0, query.limit()).stream()
        .map(this::toRecord)
        .toList();
  }

  ProcessInstance get(String processInstanceKey) {
    return toRecord(find(processInstanceKey));
  }

  List<ElementInstance> elementInstances(String processInstanceKey) {
    find(processInstanceKey);
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceKey)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .orderPartiallyByOccurrence()
        .asc()
        .list()
        .stream()
        .map(ProcessInstances::toRecord)
        .toList();
  }

  /** Process-level variables: live while the instance runs, from history once it ended. */
  Map<String, Object> variables(String processInstanceKey) {
    HistoricProcessInstance instance = find(processInstanceKey);
    if (instance.getEndTime() == null) {
      return EngineValues.visible(runtime.getVariables(processInstanceKey));
    }
    Map<String, Object> variables = new LinkedHashMap<>();
    for (HistoricVariableInstance variable :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceKey)
            .list()) {
      if (processInstanceKey.equals(variable.getActivityInstanceId())) {
        variables.put(variable.getName(), variable.getValue());
      }
    }
    return EngineValues.visible(variables);
  }

  void cancel(String processInstanceKey) {
    boolean running =
        runtime.createProcessInstanceQuery().processInstanceId(processInstanceKey).count() > 0;
    if (!running) {
      throw new EngineNotFoundException("active process instance", processInstanceKey);
    }
    runtime.deleteProcessInstance(processInstanceKey, "canceled through the engine gateway");
  }

  private HistoricProcessInstance find(String processInstanceKey) {
    HistoricProcessInstance instance =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(processInstanceKey)
            .singleResult();
    if (instance == null) {
      throw new EngineNotFoundException("process instance", processInstanceKey);
    }
    return instance;
  }

  private ProcessInstance toRecord(HistoricProcessInstance instance) {
    ProcessInstance.State state =
        switch (instance.getState()) {
          case HistoricProcessInstance.STATE_COMPLETED -> ProcessInstance.State.COMPLETED;
          case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
              HistoricProcessInstance.STATE_INTERNALLY_TERMINATED ->
              ProcessInstance.State.CANCELED;
          default -> ProcessInstance.State.ACTIVE;
        };
    boolean hasIncident =
        state == ProcessInstance.State.ACTIVE
            && runtime.createIncidentQuery().processInstanceId(instance.getId()).count() > 0;
    return new ProcessInstance(
        instance.getId(),
        instance.getProcessDefinitionId(),
        instance.getProcessDefinitionKey(),
        instance.getProcessDefinitionVersion(),
        instance.getBusinessKey(),
        state,
        hasIncident,
        EngineValues.dateTime(instance.getStartTime()),
        EngineValues.dateTime(instance.getEndTime()));
  }

  private static ElementInstance toRecord(HistoricActivityInstance activity) {
    ElementInstance.State state;
    if (activity.getEndTime() == null) {
      state = ElementInstance.State.ACTIVE;
    } else {
      state =
          activity.isCanceled()
              ? ElementInstance.State.TERMINATED
              : ElementInstance.State.COMPLETED;
    }
    return new ElementInstance(
        activity.getId(),
        activity.getActivityId(),
        activity.getActivityName(),
        ElementTypes.toGatewayType(activity.getActivityType()),
        state,
        EngineValues.dateTime(activity.getStartTime()),
        EngineValues.dateTime(activity.getEndTime()));
  }
}
