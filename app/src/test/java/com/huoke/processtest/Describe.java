package com.huoke.processtest;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.Incident;
import com.huoke.engine.UserTask;
import java.util.List;

/** How failure messages show engine state: short, one line, the facts that explain a failure. */
final class Describe {

  private Describe() {}

  static String userTasks(List<UserTask> tasks) {
    return tasks.stream()
        .map(
            task ->
                "%s '%s' (%s, groups %s%s)"
                    .formatted(
                        task.elementId(),
                        task.name(),
                        task.state(),
                        task.candidateGroups(),
                        task.assignee() == null ? "" : ", assignee " + task.assignee()))
        .toList()
        .toString();
  }

  static List<String> elementIds(List<ElementInstance> elements, ElementInstance.State state) {
    return elements.stream()
        .filter(element -> element.state() == state)
        .map(ElementInstance::elementId)
        .toList();
  }

  static String incidents(List<Incident> incidents) {
    return incidents.stream()
        .map(
            incident ->
                "%s on '%s': %s"
                    .formatted(incident.errorType(), incident.elementId(), incident.errorMessage()))
        .toList()
        .toString();
  }
}
