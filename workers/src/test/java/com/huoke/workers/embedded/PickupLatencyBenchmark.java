package com.huoke.workers.embedded;

import com.huoke.workers.embedded.fixture.TestProcesses;
import com.huoke.workers.embedded.fixture.WorkerTestApplication;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.RuntimeService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Measures pick-up latency: the time from the commit of the transaction that starts an instance
 * (and so creates its external task) to the worker method being entered. Instances are started one
 * at a time with a short random pause between them, so each pick-up starts from an idle poller.
 *
 * <p>Not a test: run it with {@code ./mvnw -q -B -pl workers -am test-compile -Ppickup-benchmark}
 * ({@code -Dbenchmark.instances=N}, default 500, plus 50 warm-up instances).
 */
public final class PickupLatencyBenchmark {

  private static final String TYPE = "pickup-benchmark";
  private static final int WARM_UP = 50;

  private PickupLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int instances = Integer.getInteger("benchmark.instances", 500);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(WorkerTestApplication.class, BenchmarkWorker.class)
            .web(WebApplicationType.NONE)
            .properties("logging.level.root=WARN", "huoke.workers.poll-interval=1s")
            .run(args)) {
      RepositoryService repository = context.getBean(RepositoryService.class);
      RuntimeService runtime = context.getBean(RuntimeService.class);
      TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
      BenchmarkWorker worker = context.getBean(BenchmarkWorker.class);
      repository
          .createDeployment()
          .addString(
              "pickup.bpmn",
              TestProcesses.camundaDialect(TestProcesses.externalTask("pickup", TYPE, Map.of())))
          .deploy();

      long[] latencies = new long[instances];
      for (int i = -WARM_UP; i < instances; i++) {
        long committed = startAndTimeCommit(transactions, runtime, i);
        long entered = worker.awaitEntered(i);
        if (i >= 0) {
          latencies[i] = entered - committed;
        }
        TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(5, 60));
      }
      report(latencies);
    }
  }

  /** Starts one instance and returns the nanoTime at which its transaction committed. */
  private static long startAndTimeCommit(
      TransactionTemplate transactions, RuntimeService runtime, int seq) {
    long[] committed = new long[1];
    transactions.executeWithoutResult(
        status -> {
          // registered before the engine registers its own, so it runs first after the commit
          TransactionSynchronizationManager.registerSynchronization(
              new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                  committed[0] = System.nanoTime();
                }
              });
          runtime.startProcessInstanceByKey("pickup", Map.of("seq", seq));
        });
    return committed[0];
  }

  private static void report(long[] latencies) {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    System.out.printf(
        "pick-up latency over %d instances (commit -> handler entered): median %.2f ms, p95 %.2f"
            + " ms, p99 %.2f ms, max %.2f ms%n",
        sorted.length,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 95)),
        millis(percentile(sorted, 99)),
        millis(sorted[sorted.length - 1]));
    // the figures mean little on a busy machine: say how busy it was
    System.out.printf(
        "system load average (1 min) at the end: %.2f on %d cores%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors());
  }

  private static long percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  /** A no-op worker that notes when each instance's job reached it. */
  static class BenchmarkWorker {

    private final Map<Integer, Long> entered = new ConcurrentHashMap<>();

    @JobWorker(type = TYPE)
    public void handle(@Variable int seq) {
      entered.put(seq, System.nanoTime());
    }

    long awaitEntered(int seq) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      Long at;
      while ((at = entered.get(seq)) == null) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("Job " + seq + " was not picked up within 30 s");
        }
        TimeUnit.MILLISECONDS.sleep(1);
      }
      return at;
    }
  }
}
