package com.huoke.workers.embedded;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;

/**
 * One {@code @JobWorker} method as the binding runs it, with the annotation's defaults resolved as
 * Camunda's starter resolves them.
 *
 * @param fetchVariables the variables to fetch, or {@code null} for all of them
 */
record JobWorkerDefinition(
    String beanName,
    Object bean,
    Method method,
    String type,
    String name,
    Duration timeout,
    int maxJobsActive,
    List<String> fetchVariables,
    List<ArgumentResolver> arguments) {

  JobWorkerDefinition {
    fetchVariables = fetchVariables == null ? null : List.copyOf(fetchVariables);
    arguments = List.copyOf(arguments);
  }

  /** Calls the worker method; what it throws comes out unwrapped. */
  Object invoke(ExternalTaskJob job) throws Exception {
    Object[] args = new Object[arguments.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = arguments.get(i).resolve(job);
    }
    try {
      return method.invoke(bean, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "JobWorker[type=%s, name=%s, timeout=%s, maxJobsActive=%d]"
        .formatted(type, name, timeout, maxJobsActive);
  }
}
