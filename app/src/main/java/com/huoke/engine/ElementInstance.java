package com.huoke.engine;

import java.time.OffsetDateTime;

/** One visit of a BPMN element in an instance: what the monitor paints on the diagram. */
public record ElementInstance(
    String elementInstanceKey,
    String elementId,
    String elementName,
    String elementType,
    State state,
    OffsetDateTime startDate,
    OffsetDateTime endDate) {

  public enum State {
    ACTIVE,
    COMPLETED,
    TERMINATED
  }
}
