package com.huoke.engine;

/** One file to deploy: its name decides its kind ({@code .bpmn} or {@code .form}). */
public record DeploymentResource(String name, byte[] content) {}
