package com.huoke.engine.camunda8;

import static com.huoke.engine.camunda8.Camunda8Keys.format;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.Incident;
import com.huoke.engine.ProcessDefinition;
import com.huoke.engine.ProcessInstance;
import com.huoke.engine.UserTask;
import io.camunda.client.api.JsonMapper;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Variable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps the Camunda 8 client's search results to the gateway's records. */
final class Camunda8Mapper {

  private final JsonMapper json;

  Camunda8Mapper(JsonMapper json) {
    this.json = json;
  }

  ProcessDefinition processDefinition(io.camunda.client.api.search.response.ProcessDefinition d) {
    return new ProcessDefinition(
        format(d.getProcessDefinitionKey()),
        d.getProcessDefinitionId(),
        d.getName(),
        d.getVersion(),
        d.getResourceName());
  }

  ProcessInstance processInstance(
      io.camunda.client.api.search.response.ProcessInstance p, String businessKey) {
    return new ProcessInstance(
        format(p.getProcessInstanceKey()),
        format(p.getProcessDefinitionKey()),
        p.getProcessDefinitionId(),
        p.getProcessDefinitionVersion() == null ? 0 : p.getProcessDefinitionVersion(),
        businessKey,
        processInstanceState(p.getState()),
        Boolean.TRUE.equals(p.getHasIncident()),
        p.getStartDate(),
        p.getEndDate());
  }

  UserTask userTask(io.camunda.client.api.search.response.UserTask t, String formId) {
    return new UserTask(
        format(t.getUserTaskKey()),
        t.getName(),
        t.getElementId(),
        format(t.getProcessInstanceKey()),
        t.getBpmnProcessId(),
        t.getAssignee(),
        t.getCandidateGroups() == null ? List.of() : List.copyOf(t.getCandidateGroups()),
        t.getCandidateUsers() == null ? List.of() : List.copyOf(t.getCandidateUsers()),
        formId,
        t.getCreationDate(),
        t.getDueDate(),
        t.getFollowUpDate(),
        userTaskState(t.getState()));
  }

  ElementInstance elementInstance(io.camunda.client.api.search.response.ElementInstance e) {
    return new ElementInstance(
        format(e.getElementInstanceKey()),
        e.getElementId(),
        e.getElementName(),
        elementType(e.getType()),
        switch (e.getState()) {
          case ACTIVE -> ElementInstance.State.ACTIVE;
          case COMPLETED -> ElementInstance.State.COMPLETED;
          default -> ElementInstance.State.TERMINATED;
        },
        e.getStartDate(),
        e.getEndDate());
  }

  Incident incident(io.camunda.client.api.search.response.Incident i) {
    return new Incident(
        format(i.getIncidentKey()),
        format(i.getProcessInstanceKey()),
        i.getProcessDefinitionId(),
        i.getElementId(),
        format(i.getJobKey()),
        i.getErrorType() == null ? null : i.getErrorType().name(),
        i.getErrorMessage(),
        i.getCreationTime());
  }

  /**
   * Decodes variable values (JSON text in the REST API). Where a name is visible from several
   * scopes the innermost wins, as it does for the element: scopes on one path are created parent
   * first, and Zeebe keys grow with creation, so the larger scope key is the inner scope.
   */
  Map<String, Object> variables(List<Variable> variables) {
    Map<String, Long> scopes = new HashMap<>();
    Map<String, Object> values = new LinkedHashMap<>();
    for (Variable variable : variables) {
      long scope = variable.getScopeKey() == null ? Long.MIN_VALUE : variable.getScopeKey();
      Long seen = scopes.get(variable.getName());
      if (seen == null || scope > seen) {
        scopes.put(variable.getName(), scope);
        values.put(variable.getName(), value(variable));
      }
    }
    return values;
  }

  /** One variable's value, decoded from the JSON text the API carries it in. */
  Object value(Variable variable) {
    return variable.getValue() == null ? null : json.fromJson(variable.getValue(), Object.class);
  }

  String toJson(Object value) {
    return json.toJson(value);
  }

  static ProcessInstance.State processInstanceState(
      io.camunda.client.api.search.enums.ProcessInstanceState state) {
    return switch (state) {
      case ACTIVE -> ProcessInstance.State.ACTIVE;
      case COMPLETED -> ProcessInstance.State.COMPLETED;
      default -> ProcessInstance.State.CANCELED;
    };
  }

  static io.camunda.client.api.search.enums.ProcessInstanceState processInstanceState(
      ProcessInstance.State state) {
    return switch (state) {
      case ACTIVE -> io.camunda.client.api.search.enums.ProcessInstanceState.ACTIVE;
      case COMPLETED -> io.camunda.client.api.search.enums.ProcessInstanceState.COMPLETED;
      case CANCELED -> io.camunda.client.api.search.enums.ProcessInstanceState.TERMINATED;
    };
  }

  /**
   * Every state in which the task can still be worked (including Zeebe's transitions in flight) is
   * open; a task that failed is as gone for the tasklist as a canceled one.
   */
  static UserTask.State userTaskState(UserTaskState state) {
    return switch (state) {
      case CREATING, CREATED, ASSIGNING, UPDATING, COMPLETING -> UserTask.State.CREATED;
      case COMPLETED -> UserTask.State.COMPLETED;
      default -> UserTask.State.CANCELED;
    };
  }

  /**
   * The element's BPMN XML local name ({@code SERVICE_TASK} → {@code serviceTask}): an
   * engine-neutral name for the monitor.
   */
  static String elementType(ElementInstanceType type) {
    if (type == null) {
      return null;
    }
    return switch (type) {
      case EVENT_SUB_PROCESS, AD_HOC_SUB_PROCESS_INNER_INSTANCE -> "subProcess";
      default -> lowerCamel(type.name());
    };
  }

  private static String lowerCamel(String constant) {
    StringBuilder camel = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      camel.append(
          camel.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return camel.toString();
  }
}
