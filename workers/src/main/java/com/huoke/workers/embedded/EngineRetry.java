package com.huoke.workers.embedded;

import java.util.concurrent.ThreadLocalRandom;
import org.operaton.bpm.engine.OptimisticLockingException;

/**
 * Runs one engine command again when it lost an optimistic-locking race. Zeebe serialises the
 * commands of a process instance; Operaton lets two jobs of one instance (parallel branches)
 * complete at the same moment and refuses the second: that job did not fail, so it is repeated,
 * after a short random pause.
 */
final class EngineRetry {

  private static final int ATTEMPTS = 5;

  private EngineRetry() {}

  static void run(Runnable command) {
    for (int attempt = 1; ; attempt++) {
      try {
        command.run();
        return;
      } catch (OptimisticLockingException e) {
        if (attempt == ATTEMPTS) {
          throw e;
        }
        pause(attempt);
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while repeating an engine command", e);
    }
  }
}
