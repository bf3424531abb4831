package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.engine.camunda8.fake.FakeRows.ElementInstanceRow;
import com.huoke.engine.camunda8.fake.FakeRows.FormRow;
import com.huoke.engine.camunda8.fake.FakeRows.IncidentRow;
import com.huoke.engine.camunda8.fake.FakeRows.JobRow;
import com.huoke.engine.camunda8.fake.FakeRows.MessageRow;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessDefinitionRow;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessInstanceRow;
import com.huoke.engine.camunda8.fake.FakeRows.UserTaskRow;
import com.huoke.engine.camunda8.fake.FakeRows.VariableRow;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fake cluster's memory: definitions, instances, element instances, variables, user tasks,
 * jobs, incidents and messages. Tests seed what a real engine would create while running a model (a
 * waiting user task, a job); the REST endpoints change it as the broker would.
 *
 * <p>Every method holds this object's lock; the server runs each request under it too.
 */
public final class FakeEngineState {

  /** Zeebe's first key on partition 1; keys then grow by one per record, as on one partition. */
  private static final long FIRST_KEY = 2251799813685249L;

  private long nextKey = FIRST_KEY;
  final Map<Long, ProcessDefinitionRow> definitions = new LinkedHashMap<>();
  final Map<Long, FormRow> forms = new LinkedHashMap<>();
  final Map<Long, ProcessInstanceRow> instances = new LinkedHashMap<>();
  final Map<Long, ElementInstanceRow> elements = new LinkedHashMap<>();
  final Map<Long, VariableRow> variables = new LinkedHashMap<>();
  final Map<Long, UserTaskRow> userTasks = new LinkedHashMap<>();
  final Map<Long, JobRow> jobs = new LinkedHashMap<>();
  final Map<Long, IncidentRow> incidents = new LinkedHashMap<>();
  final List<MessageRow> messages = new ArrayList<>();

  synchronized long newKey() {
    return nextKey++;
  }

  static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  // ---- seeding: what a running model would have created --------------------------------------

  /** Deploys a process straight into the store (as if deployed earlier) and returns it. */
  public synchronized ProcessDefinitionRow seedProcessDefinition(
      String processDefinitionId, String name, String xml) {
    int version = latestDefinition(processDefinitionId).map(d -> d.version + 1).orElse(1);
    ProcessDefinitionRow row =
        new ProcessDefinitionRow(
            newKey(), processDefinitionId, name, version, processDefinitionId + ".bpmn", xml);
    definitions.put(row.key, row);
    return row;
  }

  /** Starts an instance of the latest version of a deployed process. */
  public synchronized ProcessInstanceRow seedProcessInstance(
      String processDefinitionId, Map<String, ?> variables) {
    ProcessDefinitionRow definition =
        latestDefinition(processDefinitionId)
            .orElseThrow(() -> new IllegalStateException("not deployed: " + processDefinitionId));
    ProcessInstanceRow instance = createInstance(definition);
    variables.forEach((name, value) -> setVariable(instance.key, instance.key, name, value));
    return instance;
  }

  /** An element visit in an instance, e.g. a completed start event. */
  public synchronized ElementInstanceRow seedElementInstance(
      long processInstanceKey, String elementId, String elementName, String type, String state) {
    ElementInstanceRow element =
        newElement(instance(processInstanceKey), elementId, elementName, type);
    element.state = state;
    if (!"ACTIVE".equals(state)) {
      element.endDate = now();
    }
    return element;
  }

  /** A user task waiting in an instance; {@code formId} links the latest deployed form. */
  public synchronized UserTaskRow seedUserTask(
      long processInstanceKey,
      String elementId,
      String name,
      String formId,
      List<String> candidateGroups) {
    ElementInstanceRow element =
        newElement(instance(processInstanceKey), elementId, name, "USER_TASK");
    Long formKey =
        formId == null
            ? null
            : forms.values().stream()
                .filter(f -> f.formId.equals(formId))
                .max(Comparator.comparingInt(f -> f.version))
                .map(f -> f.key)
                .orElseThrow(() -> new IllegalStateException("form not deployed: " + formId));
    UserTaskRow task =
        new UserTaskRow(newKey(), element, name, formKey, candidateGroups, List.of(), now());
    userTasks.put(task.key, task);
    return task;
  }

  /** A job for a service task in an instance, ready to be activated. */
  public synchronized JobRow seedJob(
      long processInstanceKey,
      String elementId,
      String type,
      int retries,
      Map<String, String> customHeaders) {
    ElementInstanceRow element =
        newElement(instance(processInstanceKey), elementId, elementId, "SERVICE_TASK");
    JobRow job = new JobRow(newKey(), type, element, retries, customHeaders);
    jobs.put(job.key, job);
    return job;
  }

  /** Sets a variable in a scope (an element instance, or the instance itself). */
  public synchronized VariableRow seedVariable(long scopeKey, String name, Object value) {
    ElementInstanceRow scope = elements.get(scopeKey);
    if (scope == null) {
      throw new IllegalStateException("no scope " + scopeKey);
    }
    return setVariable(scopeKey, scope.instance.key, name, value);
  }

  // ---- reads, for assertions ------------------------------------------------------------------

  public synchronized ProcessInstanceRow instance(long key) {
    ProcessInstanceRow instance = instances.get(key);
    if (instance == null) {
      throw new IllegalStateException("no process instance " + key);
    }
    return instance;
  }

  public synchronized Optional<UserTaskRow> userTask(long key) {
    return Optional.ofNullable(userTasks.get(key));
  }

  public synchronized Optional<JobRow> job(long key) {
    return Optional.ofNullable(jobs.get(key));
  }

  public synchronized Optional<IncidentRow> incident(long key) {
    return Optional.ofNullable(incidents.get(key));
  }

  public synchronized List<IncidentRow> incidents() {
    return List.copyOf(incidents.values());
  }

  public synchronized List<MessageRow> messages() {
    return List.copyOf(messages);
  }

  public synchronized List<ProcessDefinitionRow> processDefinitions() {
    return List.copyOf(definitions.values());
  }

  public synchronized List<FormRow> forms() {
    return List.copyOf(forms.values());
  }

  /** The instance's own variables, decoded. */
  public synchronized Map<String, Object> variablesOf(long scopeKey) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (VariableRow row : variables.values()) {
      if (row.scopeKey == scopeKey) {
        values.put(row.name, decode(row.value));
      }
    }
    return values;
  }

  // ---- shared by the endpoints ----------------------------------------------------------------

  Optional<ProcessDefinitionRow> latestDefinition(String processDefinitionId) {
    return definitions.values().stream()
        .filter(d -> d.processDefinitionId.equals(processDefinitionId))
        .max(Comparator.comparingInt(d -> d.version));
  }

  ProcessInstanceRow createInstance(ProcessDefinitionRow definition) {
    ProcessInstanceRow instance = new ProcessInstanceRow(newKey(), definition, now());
    instances.put(instance.key, instance);
    // the instance is its own element instance (type PROCESS) and its variables' root scope
    ElementInstanceRow root =
        new ElementInstanceRow(
            instance.key,
            instance,
            definition.processDefinitionId,
            definition.name,
            "PROCESS",
            instance.startDate);
    elements.put(root.key, root);
    return instance;
  }

  ElementInstanceRow newElement(
      ProcessInstanceRow instance, String elementId, String elementName, String type) {
    ElementInstanceRow element =
        new ElementInstanceRow(newKey(), instance, elementId, elementName, type, now());
    elements.put(element.key, element);
    return element;
  }

  VariableRow setVariable(long scopeKey, long processInstanceKey, String name, Object value) {
    String json = encode(value);
    for (VariableRow row : variables.values()) {
      if (row.scopeKey == scopeKey && row.name.equals(name)) {
        row.value = json;
        return row;
      }
    }
    VariableRow row = new VariableRow(newKey(), name, json, scopeKey, processInstanceKey);
    variables.put(row.key, row);
    return row;
  }

  /** Variables a job or task completes with land in the instance's scope (no output mappings). */
  void mergeIntoInstance(ProcessInstanceRow instance, JsonNode values) {
    if (values != null && values.isObject()) {
      values
          .fields()
          .forEachRemaining(e -> setVariable(instance.key, instance.key, e.getKey(), e.getValue()));
    }
  }

  /** What an element sees: its own scope over the instance's. */
  Map<String, JsonNode> visibleVariables(ElementInstanceRow element) {
    Map<String, JsonNode> visible = new LinkedHashMap<>();
    for (long scope : List.of(element.instance.key, element.key)) {
      for (VariableRow row : variables.values()) {
        if (row.scopeKey == scope) {
          visible.put(row.name, readTree(row.value));
        }
      }
    }
    return visible;
  }

  boolean hasActiveIncident(ProcessInstanceRow instance) {
    return incidents.values().stream()
        .anyMatch(i -> i.element.instance == instance && "ACTIVE".equals(i.state));
  }

  Collection<ElementInstanceRow> elementsOf(ProcessInstanceRow instance) {
    return elements.values().stream().filter(e -> e.instance == instance).toList();
  }

  private static String encode(Object value) {
    try {
      return FakeRows.JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return FakeRows.JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object decode(String json) {
    try {
      return FakeRows.JSON.readValue(json, Object.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
