package com.huoke.engine;

/**
 * The engine failed or refused a request for a reason other than an unknown key or a rejected BPMN;
 * the message says what was attempted and what the engine answered.
 */
public class EngineException extends RuntimeException {

  public EngineException(String message, Throwable cause) {
    super(message, cause);
  }
}
