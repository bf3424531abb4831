package com.huoke.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Posts hot leads to the HTTP API and measures POST → qualify task per lead. */
final class LeadLoad {

  static final String PROCESS_ID = "lead-intake";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String HOT_LEAD =
      """
      {"sourcePlatform":"DOUYIN","sourceChannel":"抖音-直播间-benchmark","contactName":"压测%d",
       "contactPhone":"138%08d","company":"杭州云帆科技","industry":"saas","jobTitle":"CEO",
       "companySize":"MEDIUM","activities":[
         {"type":"CONSULTATION","occurredAt":"%3$s"},{"type":"EVENT_ATTENDANCE","occurredAt":"%3$s"},
         {"type":"DOWNLOAD","occurredAt":"%3$s"},{"type":"MESSAGE_REPLY","occurredAt":"%3$s"},
         {"type":"LINK_CLICK","occurredAt":"%3$s"}]}
      """;

  private final String baseUrl;
  private final TaskClock tasks;
  private final HttpClient http;
  private final String bearer;
  private final AtomicInteger sequence = new AtomicInteger();

  private LeadLoad(String baseUrl, TaskClock tasks, HttpClient http, String bearer) {
    this.baseUrl = baseUrl;
    this.tasks = tasks;
    this.http = http;
    this.bearer = bearer;
  }

  /** Posts as the benchmark's admin, signed in once (see {@link BenchmarkSignIn}). */
  static LeadLoad signedIn(String baseUrl, TaskClock tasks) throws Exception {
    HttpClient http = HttpClient.newBuilder().build();
    return new LeadLoad(baseUrl, tasks, http, BenchmarkSignIn.bearer(http, baseUrl));
  }

  record Result(double ratePerSecond, LatencyStats latency) {}

  /**
   * {@code count} leads from {@code concurrency} clients, each posting as soon as the last
   * returned.
   */
  Result closedLoop(int count, int concurrency) throws InterruptedException {
    int before = tasks.count(PROCESS_ID);
    Map<String, Long> posted = new ConcurrentHashMap<>();
    ExecutorService clients = Executors.newFixedThreadPool(concurrency);
    List<Future<?>> posts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      posts.add(clients.submit(() -> post(posted)));
    }
    clients.shutdown();
    awaitAll(posts);
    return measure(posted, before);
  }

  /**
   * {@code rate} leads per second for {@code seconds}, sent on schedule whatever the responses do.
   */
  Result openLoop(int rate, int seconds) throws InterruptedException {
    int before = tasks.count(PROCESS_ID);
    Map<String, Long> posted = new ConcurrentHashMap<>();
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    ExecutorService senders = Executors.newCachedThreadPool();
    List<Future<?>> posts = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger sent = new AtomicInteger();
    int total = rate * seconds;
    ticker.scheduleAtFixedRate(
        () -> {
          if (sent.getAndIncrement() < total) {
            posts.add(senders.submit(() -> post(posted)));
          }
        },
        0,
        1_000_000 / rate,
        TimeUnit.MICROSECONDS);
    while (sent.get() < total) {
      Thread.sleep(50);
    }
    ticker.shutdown();
    ticker.awaitTermination(1, TimeUnit.MINUTES);
    senders.shutdown();
    awaitAll(new ArrayList<>(posts));
    return measure(posted, before);
  }

  /** Waits for every POST; the first failure fails the benchmark rather than skewing it. */
  private static void awaitAll(List<Future<?>> posts) throws InterruptedException {
    for (Future<?> post : posts) {
      try {
        post.get(10, TimeUnit.MINUTES);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("A benchmark POST failed", e);
      }
    }
  }

  private Result measure(Map<String, Long> posted, int before) throws InterruptedException {
    long lastTask = tasks.awaitCount(PROCESS_ID, before + posted.size());
    Map<String, Long> created = tasks.createdByBusinessKey(PROCESS_ID);
    long firstPost = posted.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    long[] latencies =
        posted.entrySet().stream().mapToLong(e -> created.get(e.getKey()) - e.getValue()).toArray();
    double rate = posted.size() * 1000.0 / Math.max(1, lastTask - firstPost);
    return new Result(rate, LatencyStats.of(latencies));
  }

  private void post(Map<String, Long> posted) {
    int n = sequence.incrementAndGet();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/leads"))
            .header("Authorization", bearer)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(HOT_LEAD.formatted(n, n, Instant.now())))
            .build();
    long start = System.currentTimeMillis();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IllegalStateException(
            "Expected 201 from POST /api/v1/leads, but got %d: %s"
                .formatted(response.statusCode(), response.body()));
      }
      JsonNode lead = JSON.readTree(response.body());
      posted.put(lead.get("id").asText(), start);
    } catch (Exception e) {
      throw new IllegalStateException("POST /api/v1/leads failed", e);
    }
  }
}
