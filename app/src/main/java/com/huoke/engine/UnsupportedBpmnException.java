package com.huoke.engine;

import java.util.List;
import java.util.stream.Collectors;

/** A BPMN that uses something the embedded engine cannot run: rejected whole at deploy. */
public class UnsupportedBpmnException extends RuntimeException {

  private final String resourceName;
  private final List<Rejection> rejections;

  public UnsupportedBpmnException(String resourceName, List<Rejection> rejections) {
    super(
        "Cannot deploy %s: %s"
            .formatted(
                resourceName,
                rejections.stream().map(Rejection::toString).collect(Collectors.joining("; "))));
    this.resourceName = resourceName;
    this.rejections = List.copyOf(rejections);
  }

  public String resourceName() {
    return resourceName;
  }

  public List<Rejection> rejections() {
    return rejections;
  }

  /** Why one element was refused. */
  public record Rejection(String elementId, String reason) {
    @Override
    public String toString() {
      return "element '%s': %s".formatted(elementId, reason);
    }
  }
}
