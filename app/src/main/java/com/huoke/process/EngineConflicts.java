package com.huoke.process;

import com.huoke.engine.EngineConflictException;

/**
 * Commands the engine may refuse because the state moved on between the API's check and the
 * command: the embedded engine says so with {@link EngineConflictException}, the camunda8 gateway
 * with {@link IllegalStateException} (Camunda's 409). Both are answered 409.
 */
final class EngineConflicts {

  private EngineConflicts() {}

  static void translate(Runnable command) {
    try {
      command.run();
    } catch (IllegalStateException e) {
      throw new EngineConflictException(e.getMessage(), e);
    }
  }
}
