package com.huoke.workers.embedded;

import io.camunda.client.metrics.MetricsRecorder;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every {@code @JobWorker} bean of the application on the embedded engine. Workers are
 * discovered and checked once all singletons exist (an unsupported worker fails the start-up),
 * begin fetching when the context starts and, on stop, stop fetching and let the jobs in flight
 * finish within {@code huoke.workers.shutdown-timeout}.
 */
public final class EmbeddedJobWorkers implements SmartInitializingSingleton, SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedJobWorkers.class);

  /** The engine compares lock expiry with its own clock reading; wake a little after it. */
  private static final long RETRY_MARGIN_MILLIS = 5;

  private final ConfigurableListableBeanFactory beanFactory;
  private final ProcessEngine processEngine;
  private final EmbeddedWorkerProperties properties;
  private final TopicSignals signals;
  private final JobVariables converter;
  private final MetricsRecorder metrics;
  private final ScheduledExecutorService retryTimer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "huoke-job-retry-timer");
            thread.setDaemon(true);
            return thread;
          });
  private volatile List<TopicPoller> pollers = List.of();
  private volatile boolean running;

  EmbeddedJobWorkers(
      ConfigurableListableBeanFactory beanFactory,
      ProcessEngine processEngine,
      EmbeddedWorkerProperties properties,
      TopicSignals signals,
      JobVariables converter,
      MetricsRecorder metrics) {
    this.beanFactory = beanFactory;
    this.processEngine = processEngine;
    this.properties = properties;
    this.signals = signals;
    this.converter = converter;
    this.metrics = metrics;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<JobWorkerDefinition> workers =
        new JobWorkerDiscovery(properties, converter).discover(beanFactory);
    ExternalTaskService externalTasks = processEngine.getExternalTaskService();
    RetryPolicy retryPolicy = new RetryPolicy(properties.retryBackoff());
    String node = nodeId();
    pollers =
        workers.stream()
            .map(
                worker -> {
                  String workerId = node + "/" + worker.name();
                  JobRunner runner =
                      new JobRunner(
                          externalTasks,
                          workerId,
                          worker,
                          converter,
                          retryPolicy,
                          metrics,
                          backoff -> wakeWhenDue(worker.type(), backoff));
                  return new TopicPoller(
                      worker, workerId, externalTasks, runner, signals, properties);
                })
            .toList();
  }

  /** Signals the topic when a failed job's backoff has passed (a little after, to be sure). */
  private void wakeWhenDue(String type, Duration backoff) {
    try {
      retryTimer.schedule(
          () -> signals.signal(type),
          backoff.toMillis() + RETRY_MARGIN_MILLIS,
          TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException stopped) {
      // shutting down: the job is fetched after the next start
    }
  }

  /** The workers found, as they run; for diagnostics and tests. */
  public List<String> describe() {
    return pollers.stream().map(poller -> poller.worker().toString()).toList();
  }

  @Override
  public void start() {
    pollers.forEach(TopicPoller::start);
    running = true;
    LOG.info("Started {} job worker(s) on the embedded engine: {}", pollers.size(), describe());
  }

  @Override
  public void stop() {
    running = false;
    pollers.forEach(TopicPoller::stopFetching);
    retryTimer.shutdownNow();
    long deadline = System.nanoTime() + properties.shutdownTimeout().toNanos();
    try {
      for (TopicPoller poller : pollers) {
        poller.awaitStopped(deadline);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  private String nodeId() {
    if (!properties.workerId().isBlank()) {
      return properties.workerId();
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + ":" + ProcessHandle.current().pid();
  }
}
