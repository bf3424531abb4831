package com.huoke.engine.embedded;

import org.operaton.bpm.engine.runtime.Incident;

/**
 * Operaton's incident types in the words of Camunda 8, which the console shows for both engines.
 */
final class IncidentTypes {

  /** A worker's job ran out of retries. */
  static final String JOB_NO_RETRIES = "JOB_NO_RETRIES";

  /** An engine job (timer, async continuation, buffered message) failed until out of retries. */
  static final String ENGINE_JOB_FAILED = "ENGINE_JOB_FAILED";

  private IncidentTypes() {}

  static String toGatewayType(String operatonType) {
    return switch (operatonType) {
      case Incident.EXTERNAL_TASK_HANDLER_TYPE -> JOB_NO_RETRIES;
      case Incident.FAILED_JOB_HANDLER_TYPE -> ENGINE_JOB_FAILED;
      default -> ElementTypes.upperSnake(operatonType);
    };
  }
}
