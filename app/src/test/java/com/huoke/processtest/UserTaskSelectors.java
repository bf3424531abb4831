package com.huoke.processtest;

import com.huoke.engine.ProcessInstanceRef;

/** Ways to pick a user task, as in Camunda Process Test. */
public final class UserTaskSelectors {

  private UserTaskSelectors() {}

  public static UserTaskSelector byElementId(String elementId) {
    return new UserTaskSelector(
        "elementId '%s'".formatted(elementId), task -> elementId.equals(task.elementId()));
  }

  public static UserTaskSelector byElementId(String elementId, ProcessInstanceRef instance) {
    return new UserTaskSelector(
        "elementId '%s' in process instance %s".formatted(elementId, instance.processInstanceKey()),
        task ->
            elementId.equals(task.elementId())
                && instance.processInstanceKey().equals(task.processInstanceKey()));
  }

  public static UserTaskSelector byTaskName(String name) {
    return new UserTaskSelector("name '%s'".formatted(name), task -> name.equals(task.name()));
  }
}
