package com.huoke.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.HuoKeApplication;
import com.huoke.testsupport.PlatformDeliveries;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The issue-3 benchmark: signed lead webhooks of four platforms posted on schedule at {@code
 * bench.webhook.rate} per second (default 170, i.e. ≥ 10,000 a minute) for {@code
 * bench.webhook.seconds} (default 300) on PostgreSQL, 10 % re-deliveries of earlier messages and 10
 * % new messages from people already known. Then waits until the intake queue is drained and checks
 * that every distinct message became exactly one lead and every person exactly one customer. Run
 * with {@code ./mvnw -Pbenchmark verify -Dtest=WebhookIntakeBenchmark}.
 */
@Tag("benchmark")
class WebhookIntakeBenchmark {

  static final int RATE = Integer.getInteger("bench.webhook.rate", 170);
  static final int SECONDS = Integer.getInteger("bench.webhook.seconds", 300);

  /**
   * Seconds sent at the same rate before the measured load, so that JIT compilation and pool
   * warm-up are not in the latency figures; their leads count in the lost/duplicated check.
   */
  static final int WARMUP_SECONDS = Integer.getInteger("bench.webhook.warmup", 20);

  /** With false the app queues but does not capture: the webhook path's own speed. */
  static final boolean CAPTURE =
      Boolean.parseBoolean(System.getProperty("bench.webhook.capture", "true"));

  static final double REDELIVERIES = 0.10;
  static final double KNOWN_PEOPLE = 0.10;
  static final String DB = "jdbc:postgresql://127.0.0.1:5432/huoke_bench";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One scheduled request: a new message, or a re-delivery of an earlier one. */
  record Delivery(String platform, String messageId, int person) {}

  @Test
  void onPostgres() throws Exception {
    try (Connection admin =
            DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        var statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS huoke_bench WITH (FORCE)");
      statement.execute("CREATE DATABASE huoke_bench");
    }
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(HuoKeApplication.class).run(arguments())) {
      String base =
          "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
      Map<String, String> webhooks = createChannels(http, base);
      List<Delivery> plan = plan(RATE * (WARMUP_SECONDS + SECONDS), new Random(42));
      List<Delivery> warmup = plan.subList(0, RATE * WARMUP_SECONDS);
      List<Delivery> measured = plan.subList(warmup.size(), plan.size());

      Load warm = send(http, webhooks, warmup);
      long capturedAtLoadStart = captured();
      long loadStart = System.currentTimeMillis();
      Load load = send(http, webhooks, measured);
      long loadEnd = System.currentTimeMillis();
      long capturedAtLoadEnd = captured();
      System.out.println(
          "load done: "
              + LatencyStats.of(load.latencies.stream().mapToLong(Long::longValue).toArray())
              + "; captured during it: "
              + (capturedAtLoadEnd - capturedAtLoadStart));
      long drainedAt = CAPTURE ? awaitDrained() : loadEnd;

      long distinctMessages = plan.stream().map(Delivery::messageId).distinct().count();
      long distinctPeople = plan.stream().mapToInt(Delivery::person).distinct().count();
      long queued = count("select count(*) from lead_intake_queue");
      long failed = count("select count(*) from lead_intake_queue where status <> 'CAPTURED'");
      long leads = count("select count(*) from leads");
      long customers = count("select count(*) from customers where merged_into_id is null");
      double loadSeconds = (loadEnd - loadStart) / 1000.0;
      String report =
          """
          ## webhook intake on PostgreSQL
          machine: %d cores, %s, Java %s
          capture: %s
          offered: %d signed webhooks at %d/s for %d s after %d s of warm-up at that rate (douyin, oceanengine, xiaohongshu, baidu), \
          %.0f %% re-deliveries, %.0f %% known people
          accepted: %.1f webhooks/s = %.0f per minute; non-200 answers: %d (warm-up: %d)
          response latency (send -> 200): %s
          capture (normalise, de-duplicate, lead + intake process): %d of %d captured when the load \
          stopped (%.1f/s during the load); queue drained %.0f s after the load (%.1f/s overall)
          distinct messages %d -> queue rows %d, leads %d, not captured %d
          distinct people %d -> customers %d
          """
              .formatted(
                  Runtime.getRuntime().availableProcessors(),
                  System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                  System.getProperty("java.version"),
                  CAPTURE ? "running (default)" : "paused: leads are queued only",
                  measured.size(),
                  RATE,
                  SECONDS,
                  WARMUP_SECONDS,
                  REDELIVERIES * 100,
                  KNOWN_PEOPLE * 100,
                  measured.size() / loadSeconds,
                  measured.size() / loadSeconds * 60,
                  load.failures.get(),
                  warm.failures.get(),
                  LatencyStats.of(load.latencies.stream().mapToLong(Long::longValue).toArray()),
                  capturedAtLoadEnd,
                  distinctMessages,
                  (capturedAtLoadEnd - capturedAtLoadStart) / loadSeconds,
                  (drainedAt - loadEnd) / 1000.0,
                  distinctMessages * 1000.0 / (drainedAt - loadStart + WARMUP_SECONDS * 1000L),
                  distinctMessages,
                  queued,
                  leads,
                  failed,
                  distinctPeople,
                  customers);
      System.out.println(report);
      Path out = Path.of("target", "benchmark");
      Files.createDirectories(out);
      Files.writeString(
          out.resolve("webhook-intake-postgresql" + (CAPTURE ? "" : "-accept-only") + ".md"),
          report);
      if (queued != distinctMessages) {
        throw new AssertionError("Deliveries lost or duplicated:\n" + report);
      }
      if (CAPTURE && (leads != distinctMessages || customers != distinctPeople)) {
        throw new AssertionError("Leads lost or duplicated:\n" + report);
      }
    }
  }

  private static String[] arguments() {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + DB,
                "--server.port=0",
                "--logging.level.root=WARN",
                "--huoke.leads.intake-queue.enabled=" + CAPTURE));
    args.addAll(BenchmarkSignIn.arguments());
    return args.toArray(String[]::new);
  }

  /** One channel per platform, created by the signed-in admin; the webhook URL of each. */
  private static Map<String, String> createChannels(HttpClient http, String base) throws Exception {
    String bearer = BenchmarkSignIn.bearer(http, base);
    Map<String, String> webhooks = new HashMap<>();
    for (String platform : PlatformDeliveries.PLATFORMS) {
      String body =
          JSON.writeValueAsString(
              Map.of(
                  "platform",
                  platform,
                  "name",
                  "压测-" + platform,
                  "settings",
                  PlatformDeliveries.SETTINGS.get(platform)));
      HttpResponse<String> created =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/v1/channels"))
                  .header("Authorization", bearer)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (created.statusCode() != 201) {
        throw new IllegalStateException("Cannot create channel: " + created.body());
      }
      String id = JSON.readTree(created.body()).get("id").asText();
      webhooks.put(platform, base + "/api/v1/channels/" + id + "/webhook");
    }
    return webhooks;
  }

  /** The deliveries in send order: mostly new people, some re-deliveries and known people. */
  static List<Delivery> plan(int total, Random random) {
    List<Delivery> plan = new ArrayList<>(total);
    int people = 0;
    for (int i = 0; i < total; i++) {
      double roll = random.nextDouble();
      if (i > 0 && roll < REDELIVERIES) {
        plan.add(plan.get(random.nextInt(plan.size())));
      } else if (people > 0 && roll < REDELIVERIES + KNOWN_PEOPLE) {
        plan.add(new Delivery(platform(random), "bench-" + i, random.nextInt(people)));
      } else {
        plan.add(new Delivery(platform(random), "bench-" + i, people++));
      }
    }
    return plan;
  }

  private static String platform(Random random) {
    return PlatformDeliveries.PLATFORMS[random.nextInt(PlatformDeliveries.PLATFORMS.length)];
  }

  record Load(ConcurrentLinkedQueue<Long> latencies, AtomicInteger failures) {}

  /** Open loop: each delivery leaves on schedule, whatever the answers to earlier ones do. */
  private static Load send(HttpClient http, Map<String, String> webhooks, List<Delivery> plan)
      throws InterruptedException {
    Load load = new Load(new ConcurrentLinkedQueue<>(), new AtomicInteger());
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    ticker.scheduleAtFixedRate(
        () -> {
          int i = next.getAndIncrement();
          if (i >= plan.size()) {
            return;
          }
          Delivery delivery = plan.get(i);
          HttpRequest request =
              PlatformDeliveries.delivery(
                  delivery.platform(),
                  webhooks.get(delivery.platform()),
                  delivery.messageId(),
                  delivery.person());
          long start = System.nanoTime();
          http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
              .whenComplete(
                  (response, error) -> {
                    load.latencies.add((System.nanoTime() - start) / 1_000_000);
                    if (error != null || response.statusCode() != 200) {
                      if (load.failures.incrementAndGet() <= 5) {
                        System.err.println(
                            "Webhook failed: "
                                + (error != null
                                    ? error
                                    : response.statusCode() + " " + response.body()));
                      }
                    }
                    done.incrementAndGet();
                  });
        },
        0,
        1_000_000 / RATE,
        TimeUnit.MICROSECONDS);
    while (done.get() < plan.size()) {
      Thread.sleep(100);
    }
    ticker.shutdownNow();
    return load;
  }

  /** Waits until no queued lead is pending; when that happened. */
  private static long awaitDrained() throws Exception {
    long deadline = System.currentTimeMillis() + TimeUnit.HOURS.toMillis(2);
    while (System.currentTimeMillis() < deadline) {
      if (count("select count(*) from lead_intake_queue where status = 'PENDING'") == 0) {
        return System.currentTimeMillis();
      }
      Thread.sleep(1000);
    }
    throw new AssertionError("The intake queue did not drain within 2 hours");
  }

  private static long captured() throws Exception {
    return count("select count(*) from lead_intake_queue where status = 'CAPTURED'");
  }

  private static long count(String sql) throws Exception {
    try (Connection connection = DriverManager.getConnection(DB, "postgres", "");
        ResultSet rows = connection.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
