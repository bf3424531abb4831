package com.huoke.processtest;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.Incident;
import com.huoke.engine.IncidentQuery;
import com.huoke.engine.ProcessInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Assertions on one process instance: its state, its path, its variables and incidents. */
public final class ProcessInstanceAssert {

  private final EngineGateway gateway;
  private final ProcessInstance instance;

  ProcessInstanceAssert(ProcessTestContext context, ProcessInstanceSelector selector) {
    this.gateway = context.gateway();
    this.instance =
        selector
            .find(gateway)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Expected %s to exist, but it does not".formatted(selector)));
  }

  public ProcessInstanceAssert isActive() {
    return hasState(ProcessInstance.State.ACTIVE);
  }

  public ProcessInstanceAssert isCompleted() {
    return hasState(ProcessInstance.State.COMPLETED);
  }

  public ProcessInstanceAssert isTerminated() {
    return hasState(ProcessInstance.State.CANCELED);
  }

  public ProcessInstanceAssert hasCompletedElements(String... elementIds) {
    return hasElements(ElementInstance.State.COMPLETED, elementIds);
  }

  public ProcessInstanceAssert hasActiveElements(String... elementIds) {
    return hasElements(ElementInstance.State.ACTIVE, elementIds);
  }

  public ProcessInstanceAssert hasTerminatedElements(String... elementIds) {
    return hasElements(ElementInstance.State.TERMINATED, elementIds);
  }

  /** None of these elements was ever entered. */
  public ProcessInstanceAssert hasNotActivatedElements(String... elementIds) {
    List<String> entered = elements().stream().map(ElementInstance::elementId).toList();
    List<String> unexpected = Arrays.stream(elementIds).filter(entered::contains).toList();
    if (!unexpected.isEmpty()) {
      throw failure(
          "Expected elements %s not to be activated, but %s were; the path was %s"
              .formatted(Arrays.toString(elementIds), unexpected, entered));
    }
    return this;
  }

  /** These elements completed in this order (others may have completed in between). */
  public ProcessInstanceAssert hasCompletedElementsInOrder(String... elementIds) {
    List<String> completed = Describe.elementIds(elements(), ElementInstance.State.COMPLETED);
    int position = 0;
    for (String completedId : completed) {
      if (position < elementIds.length && elementIds[position].equals(completedId)) {
        position++;
      }
    }
    if (position < elementIds.length) {
      throw failure(
          "Expected elements %s to be completed in that order, but completed were %s"
              .formatted(Arrays.toString(elementIds), completed));
    }
    return this;
  }

  public ProcessInstanceAssert hasVariable(String name, Object expected) {
    Map<String, Object> variables = gateway.getVariables(instance.processInstanceKey());
    if (!variables.containsKey(name)) {
      throw failure(
          "Expected variable '%s' to be %s, but there is no such variable; variables are %s"
              .formatted(name, JsonValues.describe(expected), variables.keySet()));
    }
    Object actual = variables.get(name);
    if (!JsonValues.equivalent(expected, actual)) {
      throw failure(
          "Expected variable '%s' to be %s, but was %s"
              .formatted(name, JsonValues.describe(expected), JsonValues.describe(actual)));
    }
    return this;
  }

  public ProcessInstanceAssert hasNoIncidents() {
    List<Incident> incidents = incidents();
    if (!incidents.isEmpty()) {
      throw failure("Expected no incidents, but found %s".formatted(Describe.incidents(incidents)));
    }
    return this;
  }

  /** An open incident on this element. */
  public ProcessInstanceAssert hasIncident(String elementId) {
    return hasIncident(elementId, "");
  }

  /** An open incident on this element whose error message contains {@code messagePart}. */
  public ProcessInstanceAssert hasIncident(String elementId, String messagePart) {
    List<Incident> incidents = incidents();
    boolean found =
        incidents.stream()
            .anyMatch(
                incident ->
                    elementId.equals(incident.elementId())
                        && incident.errorMessage() != null
                        && incident.errorMessage().contains(messagePart));
    if (!found) {
      throw failure(
          "Expected an incident on '%s'%s, but incidents were %s"
              .formatted(
                  elementId,
                  messagePart.isEmpty() ? "" : " with message containing '" + messagePart + "'",
                  Describe.incidents(incidents)));
    }
    return this;
  }

  private ProcessInstanceAssert hasState(ProcessInstance.State expected) {
    ProcessInstance current = gateway.getProcessInstance(instance.processInstanceKey());
    if (current.state() != expected) {
      List<ElementInstance> elements = elements();
      throw failure(
          "Expected the instance to be %s, but it was %s; active elements %s, incidents %s"
              .formatted(
                  expected,
                  current.state(),
                  Describe.elementIds(elements, ElementInstance.State.ACTIVE),
                  Describe.incidents(incidents())));
    }
    return this;
  }

  private ProcessInstanceAssert hasElements(ElementInstance.State state, String... elementIds) {
    List<ElementInstance> elements = elements();
    List<String> inState = Describe.elementIds(elements, state);
    List<String> missing = new ArrayList<>();
    for (String elementId : elementIds) {
      if (!inState.contains(elementId)) {
        missing.add(elementId);
      }
    }
    if (!missing.isEmpty()) {
      String adjective = state.name().toLowerCase(Locale.ROOT);
      String message =
          "Expected %s to be %s, but %s were %s"
              .formatted(
                  missing.size() == 1 ? "element '" + missing.get(0) + "'" : "elements " + missing,
                  adjective,
                  adjective,
                  inState);
      if (state != ElementInstance.State.ACTIVE) {
        message += "; active were " + Describe.elementIds(elements, ElementInstance.State.ACTIVE);
      }
      throw failure(message);
    }
    return this;
  }

  private List<ElementInstance> elements() {
    return gateway.getElementInstances(instance.processInstanceKey());
  }

  private List<Incident> incidents() {
    return gateway.searchIncidents(IncidentQuery.ofProcessInstance(instance.processInstanceKey()));
  }

  private AssertionError failure(String message) {
    return new AssertionError(
        "Process instance %s of '%s': %s"
            .formatted(instance.processInstanceKey(), instance.processDefinitionId(), message));
  }
}
