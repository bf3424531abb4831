package com.huoke.workers.embedded;

import java.lang.reflect.Method;

/**
 * A {@code @JobWorker} asks for something the embedded binding does not offer: thrown at start-up
 * so the application never runs with a worker that would behave differently than on Camunda 8.
 */
public class UnsupportedJobWorkerException extends IllegalStateException {

  UnsupportedJobWorkerException(String beanName, Method method, String feature) {
    super(
        "Job worker %s#%s (bean '%s') cannot run on the embedded engine: %s"
            .formatted(
                method.getDeclaringClass().getSimpleName(), method.getName(), beanName, feature));
  }
}
