package com.huoke.engine;

import java.util.List;

/** The outcome of a deployment: the process definitions it created or found unchanged. */
public record Deployment(String deploymentKey, List<ProcessDefinition> processes) {}
