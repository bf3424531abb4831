package com.huoke.lead.imports;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs imports one at a time in the background. At start-up, and every half lease after, it looks
 * for imports no live run holds — new ones, and ones whose run died with the app — and runs them
 * from their last checkpoint. Stopping lets the current run reach its next checkpoint and frees it.
 */
@Component
class LeadImportRunner implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LeadImportRunner.class);

  private final LeadImportStore store;
  private final LeadImportJob job;
  private final LeadImportProperties properties;
  private final Set<UUID> waiting = ConcurrentHashMap.newKeySet();
  private volatile boolean running;
  private ExecutorService worker;
  private ScheduledExecutorService scanner;

  LeadImportRunner(LeadImportStore store, LeadImportJob job, LeadImportProperties properties) {
    this.store = store;
    this.job = job;
    this.properties = properties;
  }

  @Override
  public synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    worker = Executors.newSingleThreadExecutor(daemon("huoke-lead-import"));
    scanner = Executors.newSingleThreadScheduledExecutor(daemon("huoke-lead-import-scan"));
    long every = Math.max(1, properties.lease().toMillis() / 2);
    scanner.scheduleWithFixedDelay(this::scan, 0, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    scanner.shutdownNow();
    worker.shutdown();
    try {
      if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
        log.warn("An import did not reach its checkpoint in time; it resumes after its lease");
        worker.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Runs the import soon, unless it is already waiting or held by a live run. */
  void submit(UUID id) {
    if (!running || !waiting.add(id)) {
      return;
    }
    try {
      worker.execute(() -> runIfFree(id));
    } catch (RejectedExecutionException e) {
      waiting.remove(id);
    }
  }

  private void runIfFree(UUID id) {
    waiting.remove(id);
    if (!running) {
      return;
    }
    String runId = UUID.randomUUID().toString();
    Instant now = Instant.now();
    try {
      if (!store.claim(id, runId, now, now.plus(properties.lease()))) {
        return;
      }
      ImportRecord record = store.find(id).orElseThrow();
      if (record.progress().lastRow() == 0) {
        log.info("Import {} ({}) starts", id, record.fileName());
      } else {
        log.info(
            "Import {} ({}) resumes after row {}",
            id,
            record.fileName(),
            record.progress().lastRow());
      }
      job.run(record, runId, () -> !running);
    } catch (RuntimeException e) {
      log.error("Import {} broke off; it is tried again after its lease", id, e);
    }
  }

  private void scan() {
    try {
      store.unclaimed(Instant.now()).forEach(this::submit);
    } catch (RuntimeException e) {
      log.warn("Looking for imports to run failed; trying again later", e);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
