package com.huoke.engine;

import java.util.List;

/**
 * Filters for the tasklist; {@code null} fields do not filter. {@code candidateGroups} matches
 * tasks offered to any of the groups, {@code candidateUser} tasks offered to that user by name;
 * {@code unassigned} keeps only tasks nobody holds; open tasks only unless {@code includeFinished}.
 */
public record UserTaskQuery(
    String processInstanceKey,
    String processDefinitionId,
    String elementId,
    String assignee,
    List<String> candidateGroups,
    String candidateUser,
    boolean unassigned,
    boolean includeFinished,
    int limit) {

  public UserTaskQuery(
      String processInstanceKey,
      String processDefinitionId,
      String elementId,
      String assignee,
      List<String> candidateGroups,
      boolean includeFinished,
      int limit) {
    this(
        processInstanceKey,
        processDefinitionId,
        elementId,
        assignee,
        candidateGroups,
        null,
        false,
        includeFinished,
        limit);
  }

  public static UserTaskQuery all() {
    return new UserTaskQuery(null, null, null, null, null, false, 100);
  }

  public static UserTaskQuery ofProcessInstance(String processInstanceKey) {
    return new UserTaskQuery(processInstanceKey, null, null, null, null, false, 100);
  }
}
