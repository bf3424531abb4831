package com.huoke.lead;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;

/**
 * Tells the intake workers that queued leads committed. A worker notes the {@link #generation}
 * before it looks for work and then waits for a later one, so a signal given while it was busy is
 * not lost: its wait returns at once.
 */
@Component
class IntakeWakeUp {

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition signalled = lock.newCondition();
  private long generation;

  /** Wakes every waiting worker. */
  void signal() {
    lock.lock();
    try {
      generation++;
      signalled.signalAll();
    } finally {
      lock.unlock();
    }
  }

  long generation() {
    lock.lock();
    try {
      return generation;
    } finally {
      lock.unlock();
    }
  }

  /** Waits until a signal after {@code seen} or until the timeout passes. */
  void await(long seen, Duration timeout) throws InterruptedException {
    lock.lock();
    try {
      long nanos = timeout.toNanos();
      while (generation == seen && nanos > 0) {
        nanos = signalled.awaitNanos(nanos);
      }
    } finally {
      lock.unlock();
    }
  }
}
