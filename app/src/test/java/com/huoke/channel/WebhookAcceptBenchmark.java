package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.testsupport.OwnPostgresDatabase;
import com.huoke.testsupport.PostgresTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * How many signed webhooks a second the channel endpoint accepts on PostgreSQL, each one lead
 * verified, decoded, validated, queued and committed before its 200. Capture is paused so the
 * figure is the webhook path's own (the lead-intake benchmark measures capture). Run with {@code
 * ./mvnw -Pbenchmark verify}. It runs in a database of its own ({@code <test
 * database>_webhook_bench}, recreated each run), so the thousands of leads it queues never reach
 * other tests.
 */
@Tag("benchmark")
@ChannelAppTest
@PostgresTest
@TestPropertySource(properties = "huoke.leads.intake-queue.enabled=false")
class WebhookAcceptBenchmark {

  static final int WARMUP = 500;
  static final int DELIVERIES = 3000;
  static final int CLIENTS = 32;

  static final String DATABASE_SUFFIX = "webhook_bench";

  @LocalServerPort int port;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    String url = OwnPostgresDatabase.recreate(DATABASE_SUFFIX);
    properties.add("spring.datasource.url", () -> url);
  }

  @Test
  void acceptsSignedLeadWebhooks() throws Exception {
    ChannelApi api = new ChannelApi(port);
    UUID channel = api.createTestChannel();
    run(api, channel, WARMUP);

    long started = System.nanoTime();
    List<Long> latencies = run(api, channel, DELIVERIES);
    double seconds = (System.nanoTime() - started) / 1e9;

    Collections.sort(latencies);
    System.out.printf(
        "webhook intake on PostgreSQL, %d clients: %.1f deliveries/s, p50 %d ms, p95 %d ms,"
            + " p99 %d ms%n",
        CLIENTS,
        DELIVERIES / seconds,
        percentile(latencies, 50),
        percentile(latencies, 95),
        percentile(latencies, 99));
  }

  private static List<Long> run(ChannelApi api, UUID channel, int deliveries) throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<Long>> sent = new ArrayList<>();
      for (int i = 0; i < deliveries; i++) {
        int n = i;
        sent.add(
            clients.submit(
                () -> {
                  byte[] body =
                      TestPlatformRequests.delivery(
                          TestPlatformRequests.lead("压测" + n, "138%08d".formatted(n)));
                  long start = System.nanoTime();
                  ChannelApi.Response response = api.deliver(channel, body);
                  assertThat(response.status()).isEqualTo(200);
                  return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }));
      }
      List<Long> latencies = new ArrayList<>();
      for (Future<Long> future : sent) {
        latencies.add(future.get());
      }
      return latencies;
    } finally {
      clients.shutdownNow();
    }
  }

  private static long percentile(List<Long> sorted, int percent) {
    return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
  }
}
