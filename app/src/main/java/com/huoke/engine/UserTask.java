package com.huoke.engine;

import java.time.OffsetDateTime;
import java.util.List;

/** An open (or finished) user task as the tasklist shows it. */
public record UserTask(
    String userTaskKey,
    String name,
    String elementId,
    String processInstanceKey,
    String processDefinitionId,
    String assignee,
    List<String> candidateGroups,
    List<String> candidateUsers,
    String formId,
    OffsetDateTime creationDate,
    OffsetDateTime dueDate,
    OffsetDateTime followUpDate,
    State state) {

  public enum State {
    CREATED,
    COMPLETED,
    CANCELED
  }
}
