package com.huoke.engine;

import java.time.OffsetDateTime;

/** A process instance as ops see it in the monitor. */
public record ProcessInstance(
    String processInstanceKey,
    String processDefinitionKey,
    String processDefinitionId,
    int processDefinitionVersion,
    String businessKey,
    State state,
    boolean hasIncident,
    OffsetDateTime startDate,
    OffsetDateTime endDate) {

  public enum State {
    ACTIVE,
    COMPLETED,
    CANCELED
  }
}
