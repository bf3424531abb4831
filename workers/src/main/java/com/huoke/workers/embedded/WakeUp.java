package com.huoke.workers.embedded;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A latch that remembers one pending wake-up: a signal given while its owner is busy is not lost,
 * the owner's next {@link #await} returns at once.
 */
final class WakeUp {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition signalled = lock.newCondition();
  private boolean pending;

  void signal() {
    lock.lock();
    try {
      pending = true;
      signalled.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Forgets a pending signal: called right before looking for work, which covers it. */
  void clear() {
    lock.lock();
    try {
      pending = false;
    } finally {
      lock.unlock();
    }
  }

  /** Waits until signalled or the timeout passes; consumes the signal and says whether it came. */
  boolean await(Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (!pending && nanos > 0) {
        nanos = signalled.awaitNanos(nanos);
      }
      boolean signalledNow = pending;
      pending = false;
      return signalledNow;
    } finally {
      lock.unlock();
    }
  }
}
