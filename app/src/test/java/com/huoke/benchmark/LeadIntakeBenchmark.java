package com.huoke.benchmark;

import com.huoke.HuoKeApplication;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.StartProcess;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The issue-2 benchmark: leads posted over HTTP until their qualify task exists, on H2 and on
 * PostgreSQL, against the bare engine running the same process with no-op workers. Run with {@code
 * ./mvnw -Pbenchmark verify}; figures go to stdout and {@code app/target/benchmark/}.
 */
@Tag("benchmark")
class LeadIntakeBenchmark {

  static final int WARMUP_LEADS = 500;
  static final int THROUGHPUT_LEADS = 3000;
  static final int CONCURRENCY = 32;
  static final int PACED_RATE = 50;
  static final int PACED_SECONDS = 20;

  @Test
  void onH2() throws Exception {
    Path dir = Files.createTempDirectory("huoke-bench-h2");
    run("H2 (file)", List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("huoke")));
  }

  @Test
  void onPostgres() throws Exception {
    String admin =
        System.getProperty("bench.pg.admin", "jdbc:postgresql://127.0.0.1:5432/postgres");
    try (var connection = DriverManager.getConnection(admin, "postgres", "");
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS huoke_bench WITH (FORCE)");
      statement.execute("CREATE DATABASE huoke_bench");
    }
    run(
        "PostgreSQL",
        List.of(
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/huoke_bench"));
  }

  private void run(String database, List<String> arguments) throws Exception {
    List<String> args = new ArrayList<>(arguments);
    args.add("--server.port=0");
    args.add("--logging.level.root=WARN");
    args.addAll(BenchmarkSignIn.arguments());
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(HuoKeApplication.class, BenchmarkWorkers.class)
            .run(args.toArray(String[]::new))) {
      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      TaskClock tasks = new TaskClock(app);
      LeadLoad load = LeadLoad.signedIn("http://127.0.0.1:" + port, tasks);
      EngineGateway gateway = app.getBean(EngineGateway.class);
      gateway.deploy(List.of(baselineProcess()));

      load.closedLoop(WARMUP_LEADS, CONCURRENCY);
      baseline(gateway, tasks, WARMUP_LEADS);

      LeadLoad.Result throughput = load.closedLoop(THROUGHPUT_LEADS, CONCURRENCY);
      LeadLoad.Result paced = load.openLoop(PACED_RATE, PACED_SECONDS);
      double baselineRate = baseline(gateway, tasks, THROUGHPUT_LEADS);

      String report =
          """
          ## lead-intake on %s
          machine: %d cores, %s, Java %s
          end to end (POST /api/v1/leads -> UserTask_QualifyLead exists), %d leads, %d concurrent:
            %.1f leads/s, latency %s
          paced at %d leads/s for %d s: achieved %.1f leads/s, latency %s
          bare engine (same process, no-op workers, started through the engine gateway), %d instances:
            %.1f instances/s
          end-to-end / bare-engine ratio: %.2f
          """
              .formatted(
                  database,
                  Runtime.getRuntime().availableProcessors(),
                  System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                  System.getProperty("java.version"),
                  THROUGHPUT_LEADS,
                  CONCURRENCY,
                  throughput.ratePerSecond(),
                  throughput.latency(),
                  PACED_RATE,
                  PACED_SECONDS,
                  paced.ratePerSecond(),
                  paced.latency(),
                  THROUGHPUT_LEADS,
                  baselineRate,
                  throughput.ratePerSecond() / baselineRate);
      System.out.println(report);
      Path out = Path.of("target", "benchmark");
      Files.createDirectories(out);
      Files.writeString(
          out.resolve("lead-intake-" + database.replaceAll("\\W+", "-").toLowerCase() + ".md"),
          report);
    }
  }

  /** Starts {@code count} baseline instances from {@link #CONCURRENCY} threads; instances/s. */
  private static double baseline(EngineGateway gateway, TaskClock tasks, int count)
      throws InterruptedException {
    int before = tasks.count(BASELINE_PROCESS_ID);
    long start = System.currentTimeMillis();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(CONCURRENCY);
    for (int i = 0; i < count; i++) {
      String key = "baseline-" + i;
      pool.submit(
          () ->
              gateway.startProcess(
                  new StartProcess(
                      BASELINE_PROCESS_ID,
                      key,
                      Map.of("leadId", key, "hotThreshold", 60, "qualifySla", "PT2H"))));
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    long end = tasks.awaitCount(BASELINE_PROCESS_ID, before + count);
    return count * 1000.0 / Math.max(1, end - start);
  }

  static final String BASELINE_PROCESS_ID = "lead-intake-baseline";

  /** lead-intake.bpmn with its process id and job types renamed for the no-op workers. */
  private static DeploymentResource baselineProcess() throws IOException {
    String xml;
    try (InputStream in =
        LeadIntakeBenchmark.class.getResourceAsStream("/processes/lead-intake.bpmn")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    xml = xml.replace("id=\"lead-intake\"", "id=\"" + BASELINE_PROCESS_ID + "\"");
    Matcher types = Pattern.compile("(zeebe:taskDefinition[^>]*type=\")([^\"]+)\"").matcher(xml);
    xml = types.replaceAll("$1" + BenchmarkWorkers.TYPE_PREFIX + "$2\"");
    return new DeploymentResource(
        "lead-intake-baseline.bpmn", xml.getBytes(StandardCharsets.UTF_8));
  }
}
