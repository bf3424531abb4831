package com.huoke.engine;

/**
 * Why a resource could not be deployed: the element concerned ({@code null} when the problem is the
 * whole file, e.g. unreadable XML) and what is wrong with it.
 */
public record DeploymentProblem(String resource, String elementId, String message) {}
