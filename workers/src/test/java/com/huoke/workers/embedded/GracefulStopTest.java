package com.huoke.workers.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.metrics.DefaultNoopMetricsRecorder;
import java.lang.reflect.Method;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.variable.Variables;

/** The poller on its own, against a scripted engine: how it stops. */
class GracefulStopTest {

  private final ExternalTaskService externalTasks = mock(ExternalTaskService.class);
  private final ExternalTaskQueryTopicBuilder fetch =
      mock(ExternalTaskQueryTopicBuilder.class, RETURNS_SELF);
  private final SlowWorker slowWorker = new SlowWorker();

  /** Holds its job until released, then notes that it finished. */
  static class SlowWorker {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicBoolean finished = new AtomicBoolean();

    @JobWorker(type = "slow")
    public void slow() throws InterruptedException {
      started.countDown();
      release.await();
      finished.set(true);
    }
  }

  @BeforeEach
  void oneJobWaiting() {
    LockedExternalTask task = mock(LockedExternalTask.class);
    when(task.getId()).thenReturn("task-1");
    when(task.getTopicName()).thenReturn("slow");
    when(task.getVariables()).thenReturn(Variables.createVariables());
    when(task.getExtensionProperties()).thenReturn(Map.of());
    when(task.getLockExpirationTime()).thenReturn(new Date());
    when(externalTasks.fetchAndLock(anyInt(), anyString())).thenReturn(fetch);
    when(fetch.execute()).thenReturn(List.of(task), List.of());
  }

  @Test
  void stopLetsTheJobInFlightFinishAndComplete() throws Exception {
    TopicPoller poller = startedPoller();
    assertThat(slowWorker.started.await(10, TimeUnit.SECONDS)).isTrue();

    poller.stopFetching();
    Thread releaser =
        new Thread(
            () -> {
              sleep(200);
              slowWorker.release.countDown();
            });
    releaser.start();
    poller.awaitStopped(System.nanoTime() + TimeUnit.SECONDS.toNanos(10));

    assertThat(slowWorker.finished).isTrue();
    verify(externalTasks).complete(eq("task-1"), anyString(), eq(Map.of()));
  }

  @Test
  void stopGivesUpOnAJobThatOutlivesTheBoundWithoutFailingIt() throws Exception {
    TopicPoller poller = startedPoller();
    assertThat(slowWorker.started.await(10, TimeUnit.SECONDS)).isTrue();

    poller.stopFetching();
    poller.awaitStopped(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100));

    assertThat(slowWorker.finished).isFalse();
    verify(externalTasks, never()).complete(anyString(), anyString(), any());
    verify(externalTasks, never())
        .handleFailure(anyString(), anyString(), any(), any(), anyInt(), anyLong(), any(), any());
  }

  private TopicPoller startedPoller() throws NoSuchMethodException {
    EmbeddedWorkerProperties properties = EmbeddedWorkerProperties.defaults();
    JobVariables converter = new JobVariables(new ObjectMapper());
    Method method = SlowWorker.class.getMethod("slow");
    JobWorkerDefinition worker =
        new JobWorkerDiscovery(properties, converter)
            .definitionOf("slowWorker", slowWorker, method, method.getAnnotation(JobWorker.class))
            .orElseThrow();
    JobRunner runner =
        new JobRunner(
            externalTasks,
            "node/slow",
            worker,
            converter,
            new RetryPolicy(properties.retryBackoff()),
            new DefaultNoopMetricsRecorder(),
            backoff -> {});
    TopicPoller poller =
        new TopicPoller(worker, "node/slow", externalTasks, runner, new TopicSignals(), properties);
    poller.start();
    return poller;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
