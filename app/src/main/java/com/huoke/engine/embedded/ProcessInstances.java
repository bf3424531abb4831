package com.huoke.engine.embedded;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.ProcessInstanceCounts;
import com.huoke.engine.ProcessInstancePage;
import com.huoke.engine.ProcessInstanceQuery;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstanceQuery;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.runtime.IncidentQuery;

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
    return page(query, 0, query.limit()).items();
  }

  ProcessInstancePage page(ProcessInstanceQuery query, int from, int size) {
    HistoricProcessInstanceQuery instances = history.createHistoricProcessInstanceQuery();
    if (Boolean.TRUE.equals(query.hasIncident())) {
      // history keeps incidents only at level full; open ones are in the runtime at any level
      Set<String> withIncident = instancesWithIncident(query.processDefinitionId());
      if (withIncident.isEmpty()) {
        return new ProcessInstancePage(List.of(), 0);
      }
      instances.processInstanceIds(withIncident);
    } else if (Boolean.FALSE.equals(query.hasIncident())) {
      throw new IllegalArgumentException(
          "Expected hasIncident to be true or absent: the embedded engine cannot search for"
              + " instances without incidents");
    }
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
    long total = instances.count();
    List<ProcessInstance> page =
        instances.orderByProcessInstanceStartTime().desc().listPage(from, size).stream()
            .map(this::toRecord)
            .toList();
    return new ProcessInstancePage(page, total);
  }

  /** Over every version of the process; canceled counts external and internal termination. */
  ProcessInstanceCounts count(String processId) {
    long active =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(processId)
            .or()
            .active()
            .suspended()
            .endOr()
            .count();
    long completed =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(processId)
            .completed()
            .count();
    long canceled =
        history
            .createHistoricProcessInstanceQuery()
            .processDefinitionKey(processId)
            .or()
            .externallyTerminated()
            .internallyTerminated()
            .endOr()
            .count();
    return new ProcessInstanceCounts(
        active, completed, canceled, instancesWithIncident(processId).size());
  }

  private Set<String> instancesWithIncident(String processId) {
    IncidentQuery incidents = runtime.createIncidentQuery();
    if (processId != null) {
      incidents.processDefinitionKeyIn(processId);
    }
    Set<String> keys = new HashSet<>();
    incidents.list().forEach(incident -> keys.add(incident.getProcessInstanceId()));
    keys.remove(null);
    return keys;
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
