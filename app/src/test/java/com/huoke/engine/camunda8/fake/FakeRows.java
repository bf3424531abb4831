package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the fake stores: plain mutable rows, changed only under {@link FakeEngineState}'s lock. Each
 * row renders itself in the REST API's result shape (field names as in rest-api.yaml).
 */
public final class FakeRows {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String TENANT = "<default>";

  private FakeRows() {}

  static String key(Long key) {
    return key == null ? null : Long.toString(key);
  }

  static String date(OffsetDateTime date) {
    return date == null ? null : date.toString();
  }

  /** A deployed process version. */
  public static final class ProcessDefinitionRow {
    public final long key;
    public final String processDefinitionId;
    public final String name;
    public final int version;
    public final String resourceName;
    public final String xml;

    ProcessDefinitionRow(
        long key,
        String processDefinitionId,
        String name,
        int version,
        String resourceName,
        String xml) {
      this.key = key;
      this.processDefinitionId = processDefinitionId;
      this.name = name;
      this.version = version;
      this.resourceName = resourceName;
      this.xml = xml;
    }

    ObjectNode toJson() {
      ObjectNode node = JSON.createObjectNode();
      node.put("processDefinitionKey", key(key));
      node.put("processDefinitionId", processDefinitionId);
      node.put("name", name);
      node.put("version", version);
      node.putNull("versionTag");
      node.put("resourceName", resourceName);
      node.put("tenantId", TENANT);
      node.put("hasStartForm", false);
      return node;
    }
  }

  /** A deployed form version. */
  public static final class FormRow {
    public final long key;
    public final String formId;
    public final int version;
    public final String resourceName;
    public final String schema;

    FormRow(long key, String formId, int version, String resourceName, String schema) {
      this.key = key;
      this.formId = formId;
      this.version = version;
      this.resourceName = resourceName;
      this.schema = schema;
    }

    ObjectNode toJson() {
      ObjectNode node = JSON.createObjectNode();
      node.put("formKey", key(key));
      node.put("formId", formId);
      node.put("version", version);
      node.put("schema", schema);
      node.put("tenantId", TENANT);
      return node;
    }
  }

  /** A process instance. */
  public static final class ProcessInstanceRow {
    public final long key;
    public final ProcessDefinitionRow definition;
    public final OffsetDateTime startDate;
    public String state = "ACTIVE";
    public OffsetDateTime endDate;

    ProcessInstanceRow(long key, ProcessDefinitionRow definition, OffsetDateTime startDate) {
      this.key = key;
      this.definition = definition;
      this.startDate = startDate;
    }

    ObjectNode toJson(boolean hasIncident) {
      ObjectNode node = JSON.createObjectNode();
      node.put("processInstanceKey", key(key));
      node.put("processDefinitionKey", key(definition.key));
      node.put("processDefinitionId", definition.processDefinitionId);
      node.put("processDefinitionName", definition.name);
      node.put("processDefinitionVersion", definition.version);
      node.put("startDate", date(startDate));
      node.put("endDate", date(endDate));
      node.put("state", state);
      node.put("hasIncident", hasIncident);
      node.put("tenantId", TENANT);
      node.putArray("tags");
      return node;
    }
  }

  /** One visit of an element; the process instance itself is one too (type PROCESS). */
  public static final class ElementInstanceRow {
    public final long key;
    public final ProcessInstanceRow instance;
    public final String elementId;
    public final String elementName;
    public final String type;
    public final OffsetDateTime startDate;
    public String state = "ACTIVE";
    public OffsetDateTime endDate;
    public Long incidentKey;

    ElementInstanceRow(
        long key,
        ProcessInstanceRow instance,
        String elementId,
        String elementName,
        String type,
        OffsetDateTime startDate) {
      this.key = key;
      this.instance = instance;
      this.elementId = elementId;
      this.elementName = elementName;
      this.type = type;
      this.startDate = startDate;
    }

    ObjectNode toJson() {
      ObjectNode node = JSON.createObjectNode();
      node.put("elementInstanceKey", key(key));
      node.put("processInstanceKey", key(instance.key));
      node.put("processDefinitionKey", key(instance.definition.key));
      node.put("processDefinitionId", instance.definition.processDefinitionId);
      node.put("elementId", elementId);
      node.put("elementName", elementName);
      node.put("type", type);
      node.put("state", state);
      node.put("startDate", date(startDate));
      node.put("endDate", date(endDate));
      node.put("hasIncident", incidentKey != null);
      node.put("incidentKey", key(incidentKey));
      node.put("tenantId", TENANT);
      return node;
    }
  }

  /** A variable in a scope; the value is JSON text, as the engine stores it. */
  public static final class VariableRow {
    public final long key;
    public final String name;
    public final long scopeKey;
    public final long processInstanceKey;
    public String value;

    VariableRow(long key, String name, String value, long scopeKey, long processInstanceKey) {
      this.key = key;
      this.name = name;
      this.value = value;
      this.scopeKey = scopeKey;
      this.processInstanceKey = processInstanceKey;
    }

    ObjectNode toJson(int truncateAt) {
      boolean truncated = truncateAt > 0 && value.length() > truncateAt;
      ObjectNode node = JSON.createObjectNode();
      node.put("variableKey", key(key));
      node.put("name", name);
      node.put("value", truncated ? value.substring(0, truncateAt) : value);
      node.put("isTruncated", truncated);
      node.put("scopeKey", key(scopeKey));
      node.put("processInstanceKey", key(processInstanceKey));
      node.put("tenantId", TENANT);
      return node;
    }
  }

  /** A Camunda user task. */
  public static final class UserTaskRow {
    public final long key;
    public final ElementInstanceRow element;
    public final String name;
    public final Long formKey;
    public final OffsetDateTime creationDate;
    public String state = "CREATED";
    public String assignee;
    public List<String> candidateGroups;
    public List<String> candidateUsers;
    public OffsetDateTime dueDate;
    public OffsetDateTime followUpDate;
    public OffsetDateTime completionDate;
    public Integer priority = 50;

    UserTaskRow(
        long key,
        ElementInstanceRow element,
        String name,
        Long formKey,
        List<String> candidateGroups,
        List<String> candidateUsers,
        OffsetDateTime creationDate) {
      this.key = key;
      this.element = element;
      this.name = name;
      this.formKey = formKey;
      this.candidateGroups = new ArrayList<>(candidateGroups);
      this.candidateUsers = new ArrayList<>(candidateUsers);
      this.creationDate = creationDate;
    }

    ObjectNode toJson() {
      ProcessInstanceRow instance = element.instance;
      ObjectNode node = JSON.createObjectNode();
      node.put("userTaskKey", key(key));
      node.put("name", name);
      node.put("state", state);
      node.put("assignee", assignee);
      node.put("elementId", element.elementId);
      node.put("elementInstanceKey", key(element.key));
      node.set("candidateGroups", JSON.valueToTree(candidateGroups));
      node.set("candidateUsers", JSON.valueToTree(candidateUsers));
      node.put("processDefinitionId", instance.definition.processDefinitionId);
      node.put("processName", instance.definition.name);
      node.put("processDefinitionKey", key(instance.definition.key));
      node.put("processDefinitionVersion", instance.definition.version);
      node.put("processInstanceKey", key(instance.key));
      node.put("formKey", key(formKey));
      node.put("creationDate", date(creationDate));
      node.put("completionDate", date(completionDate));
      node.put("dueDate", date(dueDate));
      node.put("followUpDate", date(followUpDate));
      node.put("priority", priority);
      node.putObject("customHeaders");
      node.put("tenantId", TENANT);
      return node;
    }
  }

  /** A job of a service task, activatable while it has retries and no open incident. */
  public static final class JobRow {
    public final long key;
    public final String type;
    public final ElementInstanceRow element;
    public final Map<String, String> customHeaders;
    public int retries;
    public String worker;
    public Long deadline;
    public long activatableAfter;
    public String errorMessage;

    JobRow(
        long key,
        String type,
        ElementInstanceRow element,
        int retries,
        Map<String, String> headers) {
      this.key = key;
      this.type = type;
      this.element = element;
      this.retries = retries;
      this.customHeaders = new LinkedHashMap<>(headers);
    }

    ObjectNode toActivatedJson(JsonNode variables) {
      ProcessInstanceRow instance = element.instance;
      ObjectNode node = JSON.createObjectNode();
      node.put("jobKey", key(key));
      node.put("type", type);
      node.put("processInstanceKey", key(instance.key));
      node.put("processDefinitionId", instance.definition.processDefinitionId);
      node.put("processDefinitionVersion", instance.definition.version);
      node.put("processDefinitionKey", key(instance.definition.key));
      node.put("elementId", element.elementId);
      node.put("elementInstanceKey", key(element.key));
      node.set("customHeaders", JSON.valueToTree(customHeaders));
      node.put("worker", worker);
      node.put("retries", retries);
      node.put("deadline", deadline);
      node.set("variables", variables);
      node.put("tenantId", TENANT);
      node.put("kind", "BPMN_ELEMENT");
      node.put("listenerEventType", "UNSPECIFIED");
      node.putArray("tags");
      return node;
    }
  }

  /** An incident, raised when a job runs out of retries. */
  public static final class IncidentRow {
    public final long key;
    public final ElementInstanceRow element;
    public final Long jobKey;
    public final String errorType;
    public final String errorMessage;
    public final OffsetDateTime creationTime;
    public String state = "ACTIVE";

    IncidentRow(
        long key,
        ElementInstanceRow element,
        Long jobKey,
        String errorType,
        String errorMessage,
        OffsetDateTime creationTime) {
      this.key = key;
      this.element = element;
      this.jobKey = jobKey;
      this.errorType = errorType;
      this.errorMessage = errorMessage;
      this.creationTime = creationTime;
    }

    ObjectNode toJson() {
      ProcessInstanceRow instance = element.instance;
      ObjectNode node = JSON.createObjectNode();
      node.put("incidentKey", key(key));
      node.put("processDefinitionKey", key(instance.definition.key));
      node.put("processDefinitionId", instance.definition.processDefinitionId);
      node.put("processInstanceKey", key(instance.key));
      node.put("errorType", errorType);
      node.put("errorMessage", errorMessage);
      node.put("elementId", element.elementId);
      node.put("elementInstanceKey", key(element.key));
      node.put("creationTime", date(creationTime));
      node.put("state", state);
      node.put("jobKey", key(jobKey));
      node.put("tenantId", TENANT);
      return node;
    }
  }

  /** A published message, buffered until its time to live runs out. */
  public record MessageRow(
      long key,
      String name,
      String correlationKey,
      String messageId,
      long timeToLiveMillis,
      long expiresAtMillis,
      JsonNode variables) {}
}
