package com.huoke.processtest;

import java.util.Map;

/**
 * A job a mocked worker received: what a {@code @JobWorker} would see of an activated job.
 *
 * @param key the job key (the Operaton external task id)
 * @param customHeaders the task headers from {@code zeebe:taskHeaders}
 * @param retries the retries left, counting this attempt
 */
public record MockJob(
    String key,
    String type,
    String elementId,
    String processInstanceKey,
    String processDefinitionId,
    Map<String, Object> variables,
    Map<String, String> customHeaders,
    int retries) {

  public Object variable(String name) {
    return variables.get(name);
  }
}
