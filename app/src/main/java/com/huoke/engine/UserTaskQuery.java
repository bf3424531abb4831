package com.huoke.engine;

import java.util.List;

/**
 * Filters for the tasklist; {@code null} fields do not filter. {@code candidateGroups} matches
 * tasks offered to any of the groups; open tasks only unless {@code includeFinished}.
 */
public record UserTaskQuery(
    String processInstanceKey,
    String processDefinitionId,
    String elementId,
    String assignee,
    List<String> candidateGroups,
    boolean includeFinished,
    int limit) {

  public static UserTaskQuery all() {
    return new UserTaskQuery(null, null, null, null, null, false, 100);
  }

  public static UserTaskQuery ofProcessInstance(String processInstanceKey) {
    return new UserTaskQuery(processInstanceKey, null, null, null, null, false, 100);
  }
}
