package com.huoke.engine;

/**
 * The request conflicts with the current state — a task claimed by someone else, an entity changed
 * concurrently. Retrying after a refresh may succeed; the console shows it as 409.
 */
public class EngineConflictException extends EngineException {

  public EngineConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}
