package com.huoke.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Captures queued leads in the background: {@code threads} workers each claim a batch, capture it
 * and go on while there is work; idle, they wait for a commit that queued leads on this node or for
 * the fallback poll. Started last and stopped first, so it never runs without the engine.
 */
@Component
class LeadIntakeProcessor implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LeadIntakeProcessor.class);

  private final IntakeBatchCapture batches;
  private final IntakeWakeUp wakeUp;
  private final LeadIntakeQueueProperties properties;
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean running;

  LeadIntakeProcessor(
      IntakeBatchCapture batches, IntakeWakeUp wakeUp, LeadIntakeQueueProperties properties) {
    this.batches = batches;
    this.wakeUp = wakeUp;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    if (!properties.enabled()) {
      log.info(
          "Lead intake processor is off (huoke.leads.intake-queue.enabled=false): queued leads"
              + " wait for a node that captures them");
      return;
    }
    running = true;
    for (int i = 1; i <= properties.threads(); i++) {
      Thread worker = new Thread(this::captureUntilStopped, "huoke-lead-intake-" + i);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    wakeUp.signal();
    long deadline = System.nanoTime() + properties.shutdownTimeout().toNanos();
    try {
      for (Thread worker : workers) {
        worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        if (worker.isAlive()) {
          // its transaction rolls back when the connection goes; the rows stay pending
          log.warn("{} did not finish its batch in time", worker.getName());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.clear();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private void captureUntilStopped() {
    int oneAtATime = 0;
    while (running) {
      long seen = wakeUp.generation();
      try {
        int claimed = batches.captureBatch(oneAtATime > 0 ? 1 : properties.batchSize());
        if (claimed > 0) {
          oneAtATime = Math.max(0, oneAtATime - 1);
          continue;
        }
        wakeUp.await(seen, properties.pollInterval());
      } catch (IntakeBatchCapture.BatchFailedException e) {
        log.warn("{}; capturing them one at a time to find the culprit", e.getMessage(), e);
        oneAtATime = e.claimed();
      } catch (RuntimeException e) {
        log.warn("Capturing queued leads failed; trying again in {}", properties.pollInterval(), e);
        if (!pause(wakeUp.generation())) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private boolean pause(long seen) {
    try {
      wakeUp.await(seen, properties.pollInterval());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
