package com.huoke.workers.embedded;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches and locks the external tasks of one worker and hands them to its job threads, never more
 * than {@code maxJobsActive} at once. It sleeps until signalled that new work committed, or until a
 * fallback poll that backs off while idle: that poll is what finds work created on another node,
 * retries whose backoff ran out and tasks whose lock expired.
 */
final class TopicPoller {

  private static final Logger LOG = LoggerFactory.getLogger(TopicPoller.class);

  private final JobWorkerDefinition worker;
  private final String workerId;
  private final ExternalTaskService externalTasks;
  private final JobRunner runner;
  private final TopicSignals signals;
  private final Duration minPollInterval;
  private final Duration maxPollInterval;
  private final WakeUp wakeUp = new WakeUp();
  private final Semaphore slots;
  private final ExecutorService jobThreads;
  private volatile boolean running;
  private volatile boolean waitingForSlot;
  private Thread thread;

  TopicPoller(
      JobWorkerDefinition worker,
      String workerId,
      ExternalTaskService externalTasks,
      JobRunner runner,
      TopicSignals signals,
      EmbeddedWorkerProperties properties) {
    this.worker = worker;
    this.workerId = workerId;
    this.externalTasks = externalTasks;
    this.runner = runner;
    this.signals = signals;
    this.minPollInterval = properties.minPollInterval();
    this.maxPollInterval = properties.pollInterval();
    this.slots = new Semaphore(worker.maxJobsActive());
    this.jobThreads = Executors.newCachedThreadPool(threadsNamed("huoke-job-" + worker.type()));
  }

  JobWorkerDefinition worker() {
    return worker;
  }

  synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    signals.subscribe(worker.type(), wakeUp);
    thread = threadsNamed("huoke-poll-" + worker.type()).newThread(this::pollUntilStopped);
    thread.start();
  }

  /** Stops fetching at once; jobs in flight go on. */
  synchronized void stopFetching() {
    running = false;
    signals.unsubscribe(worker.type(), wakeUp);
    wakeUp.signal();
  }

  /** Waits, until {@code deadline} (nanoTime), for the poller and the jobs in flight to finish. */
  void awaitStopped(long deadline) throws InterruptedException {
    Thread poller;
    synchronized (this) {
      poller = thread;
    }
    if (poller != null) {
      poller.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
    }
    jobThreads.shutdown();
    if (!jobThreads.awaitTermination(
        Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
      List<Runnable> abandoned = jobThreads.shutdownNow();
      LOG.warn(
          "Worker '{}' stopped with jobs still running ({} not started); their locks will expire"
              + " and the jobs be offered again",
          worker.name(),
          abandoned.size());
    }
  }

  private void pollUntilStopped() {
    Duration idle = minPollInterval;
    while (running) {
      try {
        int free = slots.availablePermits();
        if (free == 0) {
          awaitFreeSlot();
          continue;
        }
        // a signal arriving from now on means work this fetch may have missed: keep it pending
        wakeUp.clear();
        List<LockedExternalTask> tasks = fetch(free);
        tasks.forEach(this::dispatch);
        if (tasks.size() == free) {
          idle = minPollInterval;
          continue;
        }
        idle = tasks.isEmpty() ? longer(idle) : minPollInterval;
        wakeUp.await(idle);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("Fetching jobs of type '{}' failed; trying again", worker.type(), e);
        idle = maxPollInterval;
        sleepQuietly(idle);
      }
    }
  }

  private void awaitFreeSlot() throws InterruptedException {
    waitingForSlot = true;
    try {
      // re-check after raising the flag: a job that finished before it saw the flag left a permit
      if (slots.availablePermits() == 0) {
        wakeUp.await(maxPollInterval);
      }
    } finally {
      waitingForSlot = false;
    }
  }

  private List<LockedExternalTask> fetch(int count) {
    ExternalTaskQueryTopicBuilder query =
        externalTasks
            .fetchAndLock(count, workerId)
            .topic(worker.type(), worker.timeout().toMillis())
            .includeExtensionProperties()
            .enableCustomObjectDeserialization();
    if (worker.fetchVariables() != null) {
      query = query.variables(worker.fetchVariables());
    }
    return query.execute();
  }

  private void dispatch(LockedExternalTask task) {
    slots.acquireUninterruptibly();
    try {
      jobThreads.execute(() -> runAndRelease(task));
    } catch (RuntimeException e) {
      slots.release();
      LOG.warn(
          "Could not start job {}; its lock will expire and it be offered again", task.getId());
    }
  }

  private void runAndRelease(LockedExternalTask task) {
    try {
      runner.run(task);
    } catch (RuntimeException | Error e) {
      LOG.error("Job {} of type '{}' broke its runner", task.getId(), worker.type(), e);
    } finally {
      slots.release();
      if (waitingForSlot) {
        wakeUp.signal();
      }
    }
  }

  private Duration longer(Duration idle) {
    Duration doubled = idle.multipliedBy(2);
    return doubled.compareTo(maxPollInterval) > 0 ? maxPollInterval : doubled;
  }

  private void sleepQuietly(Duration pause) {
    try {
      wakeUp.await(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static ThreadFactory threadsNamed(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
