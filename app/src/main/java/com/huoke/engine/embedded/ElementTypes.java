package com.huoke.engine.embedded;

import java.util.Locale;

/**
 * Operaton's activity types ({@code boundaryTimer}, {@code noneEndEvent}) as Camunda 8's BPMN
 * element types ({@code BOUNDARY_EVENT}, {@code END_EVENT}), so the monitor reads one vocabulary
 * whichever engine runs.
 */
final class ElementTypes {

  private ElementTypes() {}

  static String toGatewayType(String activityType) {
    if (activityType == null) {
      return "UNSPECIFIED";
    }
    if (activityType.startsWith("boundary") || activityType.endsWith("BoundaryCatch")) {
      return "BOUNDARY_EVENT";
    }
    if (activityType.startsWith("start") || activityType.endsWith("StartEvent")) {
      return "START_EVENT";
    }
    if (activityType.endsWith("EndEvent")) {
      return "END_EVENT";
    }
    if (activityType.startsWith("intermediate")) {
      return activityType.contains("Throw")
          ? "INTERMEDIATE_THROW_EVENT"
          : "INTERMEDIATE_CATCH_EVENT";
    }
    return switch (activityType) {
      case "task" -> "TASK";
      case "manualTask" -> "MANUAL_TASK";
      default -> upperSnake(activityType);
    };
  }

  /** {@code eventBasedGateway} → {@code EVENT_BASED_GATEWAY}. */
  static String upperSnake(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }
}
