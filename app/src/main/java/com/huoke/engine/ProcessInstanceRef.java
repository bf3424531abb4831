package com.huoke.engine;

/** The key of a started process instance and the definition it runs. */
public record ProcessInstanceRef(
    String processInstanceKey, String processDefinitionKey, String processDefinitionId) {}
