package com.huoke.engine;

/** A deployed process version; {@code processDefinitionId} is the BPMN process id. */
public record ProcessDefinition(
    String processDefinitionKey,
    String processDefinitionId,
    String name,
    int version,
    String resourceName) {}
