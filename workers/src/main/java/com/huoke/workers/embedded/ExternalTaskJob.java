package com.huoke.workers.embedded;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DocumentReferenceResponse;
import io.camunda.client.api.response.UserTaskProperties;
import io.camunda.client.api.search.enums.JobKind;
import io.camunda.client.api.search.enums.ListenerEventType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;

/**
 * A locked Operaton external task seen through Camunda 8's {@link ActivatedJob}. Operaton names
 * things by string ids where Zeebe has numeric keys: a key that is not a number cannot be given as
 * {@code long}, and asking for it says so.
 */
final class ExternalTaskJob implements ActivatedJob {

  /** Zeebe's tenant of a job that belongs to no tenant. */
  private static final String DEFAULT_TENANT = "<default>";

  private final LockedExternalTask task;
  private final String workerName;
  private final int retries;
  private final Map<String, Object> variables;
  private final Map<String, String> customHeaders;
  private final JobVariables converter;

  ExternalTaskJob(LockedExternalTask task, String workerName, int retries, JobVariables converter) {
    this.task = task;
    this.workerName = workerName;
    this.retries = retries;
    this.converter = converter;
    this.variables = Collections.unmodifiableMap(new LinkedHashMap<>(task.getVariables()));
    this.customHeaders = customHeadersOf(task.getExtensionProperties());
  }

  /** Extension properties minus the binding's reserved ones: what Zeebe calls task headers. */
  static Map<String, String> customHeadersOf(Map<String, String> extensionProperties) {
    Map<String, String> headers = new LinkedHashMap<>();
    if (extensionProperties != null) {
      extensionProperties.forEach(
          (name, value) -> {
            if (!name.startsWith(TranslationConventions.RESERVED_PREFIX)) {
              headers.put(name, value);
            }
          });
    }
    return Collections.unmodifiableMap(headers);
  }

  LockedExternalTask task() {
    return task;
  }

  @Override
  public long getKey() {
    return numericKey("job key", task.getId());
  }

  @Override
  public String getType() {
    return task.getTopicName();
  }

  @Override
  public long getProcessInstanceKey() {
    return numericKey("process instance key", task.getProcessInstanceId());
  }

  @Override
  public String getBpmnProcessId() {
    return task.getProcessDefinitionKey();
  }

  @Override
  public int getProcessDefinitionVersion() {
    // Operaton's definition ids read "<key>:<version>:<id>"
    String[] parts = task.getProcessDefinitionId().split(":");
    if (parts.length < 3) {
      throw new UnsupportedOperationException(
          "Expected process definition id '%s' to read <key>:<version>:<id>, but it does not"
              .formatted(task.getProcessDefinitionId()));
    }
    return Integer.parseInt(parts[parts.length - 2]);
  }

  @Override
  public long getProcessDefinitionKey() {
    return numericKey("process definition key", task.getProcessDefinitionId());
  }

  @Override
  public String getElementId() {
    return task.getActivityId();
  }

  @Override
  public long getElementInstanceKey() {
    return numericKey("element instance key", task.getActivityInstanceId());
  }

  @Override
  public Map<String, String> getCustomHeaders() {
    return customHeaders;
  }

  @Override
  public String getWorker() {
    return workerName;
  }

  @Override
  public int getRetries() {
    return retries;
  }

  @Override
  public long getDeadline() {
    return task.getLockExpirationTime().getTime();
  }

  @Override
  public String getVariables() {
    return converter.toJson(variables);
  }

  @Override
  public Map<String, Object> getVariablesAsMap() {
    return variables;
  }

  @Override
  public <T> T getVariablesAsType(Class<T> type) {
    return type.cast(converter.convert(variables, type));
  }

  @Override
  public Object getVariable(String name) {
    return variables.get(name);
  }

  @Override
  public UserTaskProperties getUserTask() {
    return null;
  }

  @Override
  public JobKind getKind() {
    return JobKind.BPMN_ELEMENT;
  }

  @Override
  public ListenerEventType getListenerEventType() {
    return ListenerEventType.UNSPECIFIED;
  }

  @Override
  public String toJson() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", task.getId());
    json.put("type", getType());
    json.put("processInstanceKey", task.getProcessInstanceId());
    json.put("bpmnProcessId", getBpmnProcessId());
    json.put("processDefinitionKey", task.getProcessDefinitionId());
    json.put("elementId", getElementId());
    json.put("elementInstanceKey", task.getActivityInstanceId());
    json.put("customHeaders", customHeaders);
    json.put("worker", workerName);
    json.put("retries", retries);
    json.put("deadline", getDeadline());
    json.put("variables", variables);
    json.put("tenantId", getTenantId());
    return converter.toJson(json);
  }

  @Override
  public String getTenantId() {
    return task.getTenantId() == null ? DEFAULT_TENANT : task.getTenantId();
  }

  @Override
  public List<DocumentReferenceResponse> getDocumentReferences(String variableName) {
    throw new UnsupportedOperationException(
        "Camunda documents are not available on the embedded engine (variable '%s' of job type '%s')"
            .formatted(variableName, getType()));
  }

  @Override
  public Set<String> getTags() {
    return Set.of();
  }

  private static long numericKey(String what, String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new UnsupportedOperationException(
          ("ActivatedJob %s: the embedded engine identifies it as '%s', which is not a number;"
                  + " use a @JobKey/@ProcessInstanceKey/@ElementInstanceKey parameter of type"
                  + " String to read the id")
              .formatted(what, id),
          e);
    }
  }

  @Override
  public String toString() {
    return "ExternalTaskJob[id=%s, type=%s, element=%s, processInstance=%s]"
        .formatted(task.getId(), getType(), getElementId(), task.getProcessInstanceId());
  }
}
