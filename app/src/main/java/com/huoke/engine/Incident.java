package com.huoke.engine;

import java.time.OffsetDateTime;

/** A failed job (or other failure) waiting for ops; {@code jobKey} is what a retry revives. */
public record Incident(
    String incidentKey,
    String processInstanceKey,
    String processDefinitionId,
    String elementId,
    String jobKey,
    String errorType,
    String errorMessage,
    OffsetDateTime creationTime) {}
