package com.huoke.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.HuoKeApplication;
import com.huoke.customer.segment.CustomerSegments;
import com.huoke.customer.segment.SegmentCompiler;
import com.huoke.customer.segment.SegmentPreview;
import com.huoke.customer.segment.SegmentProperties;
import com.huoke.customer.segment.SegmentQueries;
import com.huoke.customer.segment.SegmentRule;
import com.huoke.customer.segment.SegmentRules;
import com.huoke.customer.segment.SegmentSqlBuilder;
import com.huoke.customer.segment.SegmentTagIds;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The issue-3 goal "segment preview over 1,000,000 customers < 1 s": fills database {@code
 * huoke_segment_bench} with {@link SegmentBenchmarkData}, then times the app's own preview ({@link
 * CustomerSegments#preview}: the count and the 20 most recently active, as {@code POST
 * /api/v1/customers/segment} answers them) for rules of every kind, each after warm-up runs, and
 * writes the figures and the plans PostgreSQL chose to {@code target/benchmark/}. Run with {@code
 * ./mvnw -Pbenchmark verify -Dtest=SegmentPreviewBenchmark}; {@code -Dbench.segment.reuse=true}
 * keeps a database an earlier run filled (new migrations still apply) to try indexes quickly.
 */
@Tag("benchmark")
class SegmentPreviewBenchmark {

  static final int CUSTOMERS = Integer.getInteger("bench.segment.customers", 1_000_000);
  static final int WARMUP = Integer.getInteger("bench.segment.warmup", 2);
  static final int RUNS = Integer.getInteger("bench.segment.runs", 7);
  static final boolean REUSE = Boolean.getBoolean("bench.segment.reuse");
  static final long GOAL_MILLIS = 1000;
  static final String NAME = "huoke_segment_bench";
  static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  static final String DB = SERVER + NAME;
  static final String USER = "postgres";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A rule of the benchmark: what it asks, in words and as the API's JSON. */
  record Rule(String name, String json) {}

  /** A rule's timed previews. */
  record Result(Rule rule, long matches, int sample, long[] millis) {
    LatencyStats stats() {
      return LatencyStats.of(millis);
    }
  }

  /**
   * The rules. Campaign names carry the quarter the data generator derived from each customer's
   * first touch, so they are chosen relative to today: the data always spans the last two years.
   */
  static List<Rule> rules() {
    LocalDate quarterAgo15Months = LocalDate.now().minusMonths(15);
    String quarter =
        quarterAgo15Months.getYear() + "q" + ((quarterAgo15Months.getMonthValue() - 1) / 3 + 1);
    return List.of(
        new Rule(
            "stage 意向 and score 60-80",
            """
            {"all": [{"field": "stage", "operator": "eq", "value": "INTERESTED"},
                     {"field": "score", "operator": "between", "value": [60, 80]}]}
            """),
        new Rule(
            "has tag VALUE:高价值",
            """
            {"field": "tags", "operator": "eq", "value": {"category": "VALUE", "name": "高价值"}}
            """),
        new Rule(
            "UTM campaign %s-直播带货 on any source".formatted(quarter),
            """
            {"field": "sources.utmCampaign", "operator": "eq", "value": "%s-直播带货"}
            """
                .formatted(quarter)),
        new Rule(
            "custom field budget ≥ 500,000",
            """
            {"field": "customFields.budget", "operator": "gte", "value": 500000}
            """),
        new Rule(
            "rare: 复购, score ≥ 90, tag 大客户, campaign %s-招商加盟".formatted(quarter),
            """
            {"all": [{"field": "stage", "operator": "eq", "value": "REPEAT"},
                     {"field": "score", "operator": "gte", "value": 90},
                     {"field": "tags", "operator": "eq", "value": {"category": "VALUE", "name": "大客户"}},
                     {"field": "sources.utmCampaign", "operator": "eq", "value": "%s-招商加盟"}]}
            """
                .formatted(quarter)),
        new Rule(
            "no activity for 30 days and not tagged 流失预警",
            """
            {"all": [{"field": "lastActivityAt", "operator": "older_than_days", "value": 30},
                     {"field": "tags", "operator": "neq", "value": {"category": "STAGE", "name": "流失预警"}}]}
            """),
        new Rule(
            "any of (商机/成交, score ≥ 70, tag 参加直播) or (小红书 source, budget ≥ 100,000, active in 90 days)",
            """
            {"any": [
              {"all": [{"field": "stage", "operator": "in", "value": ["OPPORTUNITY", "CUSTOMER"]},
                       {"field": "score", "operator": "gte", "value": 70},
                       {"field": "tags", "operator": "eq", "value": {"category": "BEHAVIOUR", "name": "参加直播"}}]},
              {"all": [{"field": "sources.platform", "operator": "eq", "value": "XIAOHONGSHU"},
                       {"field": "customFields.budget", "operator": "gte", "value": 100000},
                       {"field": "lastActivityAt", "operator": "within_days", "value": 90}]}]}
            """),
        // broad branches: counted as one OR scan, where a union would de-duplicate 930,000 ids
        new Rule(
            "any of score ≥ 10 or tag VALUE:高价值 (broad)",
            """
            {"any": [{"field": "score", "operator": "gte", "value": 10},
                     {"field": "tags", "operator": "eq", "value": {"category": "VALUE", "name": "高价值"}}]}
            """));
  }

  @Test
  void onPostgres() throws Exception {
    boolean reuse = REUSE && alreadyFilled();
    if (!reuse) {
      recreateDatabase();
    }
    double loadBefore = loadAverage();
    try (ConfigurableApplicationContext app =
        new SpringApplicationBuilder(HuoKeApplication.class)
            .run(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + DB,
                "--server.port=0",
                "--logging.level.root=WARN",
                // nothing else may touch the customers while they are counted
                "--huoke.leads.intake-queue.enabled=false",
                "--huoke.customers.churn.enabled=false")) {
      long fillStart = System.nanoTime();
      Map<String, Long> rows;
      try (Connection connection = DriverManager.getConnection(DB, USER, "")) {
        if (!reuse) {
          SegmentBenchmarkData.fill(connection, CUSTOMERS);
        }
        rows = counts(connection);
      }
      long fillSeconds = (System.nanoTime() - fillStart) / 1_000_000_000;
      System.out.println("data ready in " + fillSeconds + " s: " + rows);

      CustomerSegments segments = app.getBean(CustomerSegments.class);
      List<Result> results = new ArrayList<>();
      for (Rule rule : rules()) {
        JsonNode rules = JSON.readTree(rule.json());
        for (int i = 0; i < WARMUP; i++) {
          segments.preview(rules);
        }
        long[] millis = new long[RUNS];
        SegmentPreview preview = null;
        for (int i = 0; i < RUNS; i++) {
          long start = System.nanoTime();
          preview = segments.preview(rules);
          millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Result result = new Result(rule, preview.count(), preview.sample().size(), millis);
        System.out.println(rule.name() + ": " + result.matches() + " matches, " + result.stats());
        results.add(result);
      }
      double loadAfter = loadAverage();

      Path out = Path.of("target", "benchmark");
      Files.createDirectories(out);
      String report = report(rows, fillSeconds, reuse, results, loadBefore, loadAfter);
      System.out.println(report);
      Files.writeString(out.resolve("segment-preview-postgresql.md"), report);
      Files.writeString(out.resolve("segment-preview-postgresql-plans.txt"), plans(app));
      if (results.stream().anyMatch(r -> r.matches() == 0)) {
        throw new AssertionError("A rule matched nobody; the data does not fit it:\n" + report);
      }
    }
  }

  private static String report(
      Map<String, Long> rows,
      long fillSeconds,
      boolean reuse,
      List<Result> results,
      double loadBefore,
      double loadAfter)
      throws Exception {
    long live = rows.getOrDefault("live customers", 0L);
    StringBuilder table = new StringBuilder();
    table.append("| rule | matches | median | max | runs (ms) | median < 1 s |\n");
    table.append("|---|---:|---:|---:|---|---|\n");
    for (Result result : results) {
      LatencyStats stats = result.stats();
      table.append(
          "| %s | %,d | %d ms | %d ms | %s | %s |\n"
              .formatted(
                  result.rule().name(),
                  result.matches(),
                  stats.p50(),
                  stats.max(),
                  Arrays.stream(result.millis())
                      .mapToObj(Long::toString)
                      .collect(Collectors.joining(", ")),
                  stats.p50() < GOAL_MILLIS ? "met" : "MISSED"));
    }
    return """
        ## segment preview on PostgreSQL
        machine: %d cores, %s, %.1f GiB for the JVM, Java %s, %s
        load average (1 min): %.1f before the runs, %.1f after
        data: %,d live customers and %,d merged tombstones (%s); rows: %s
        preview: CustomerSegments.preview (what POST /api/v1/customers/segment answers: the count and \
        the %d most recently active), %d warm-up then %d timed runs per rule, one after the other

        %s
        Goal: median < %d ms per rule. Plans: segment-preview-postgresql-plans.txt.
        """
        .formatted(
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("os.name") + " " + System.getProperty("os.arch"),
            Runtime.getRuntime().maxMemory() / (1024.0 * 1024 * 1024),
            System.getProperty("java.version"),
            serverVersion(),
            loadBefore,
            loadAfter,
            live,
            rows.getOrDefault("customers", 0L) - live,
            reuse ? "filled by an earlier run" : "filled in " + fillSeconds + " s",
            rows.entrySet().stream()
                .filter(e -> !e.getKey().contains(" ") && !e.getKey().equals("customers"))
                .map(e -> "%s %,d".formatted(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")),
            results.isEmpty() ? 0 : results.get(0).sample(),
            WARMUP,
            RUNS,
            table,
            GOAL_MILLIS);
  }

  /**
   * EXPLAIN (ANALYZE, BUFFERS) of each rule's count and sample page as SegmentQueries runs them,
   * with the settings it sets, on a connection of its own.
   */
  private static String plans(ConfigurableApplicationContext app) throws Exception {
    SegmentRules parser = app.getBean(SegmentRules.class);
    SegmentQueries queries = app.getBean(SegmentQueries.class);
    SegmentCompiler compiler =
        new SegmentCompiler(
            app.getBean(SegmentProperties.class).zone(), app.getBean(SegmentTagIds.class)::find);
    StringBuilder plans = new StringBuilder();
    SingleConnectionDataSource own = new SingleConnectionDataSource(DB, USER, "", true);
    try {
      NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(own);
      jdbc.getJdbcTemplate().execute("set jit = off; set plan_cache_mode = force_custom_plan");
      for (Rule rule : rules()) {
        SegmentRule parsed = parser.parse(JSON.readTree(rule.json()), "rules");
        Instant now = Instant.now();
        SegmentSqlBuilder countSql = new SegmentSqlBuilder();
        String count = queries.countStatement(parsed, countSql, now);
        SegmentSqlBuilder pageSql = new SegmentSqlBuilder();
        String page = SegmentQueries.PAGE.formatted(compiler.where(parsed, pageSql, now));
        pageSql.parameters().addValue("offset", 0).addValue("limit", 20);
        plans.append("== ").append(rule.name()).append('\n');
        for (Map.Entry<String, SegmentSqlBuilder> statement :
            List.of(Map.entry(count, countSql), Map.entry(page, pageSql))) {
          plans.append(statement.getKey()).append('\n');
          jdbc.query(
              "explain (analyze, buffers) " + statement.getKey(),
              statement.getValue().parameters(),
              (ResultSet row) -> {
                plans.append(row.getString(1)).append('\n');
              });
          plans.append('\n');
        }
      }
    } finally {
      own.destroy();
    }
    return plans.toString();
  }

  private static boolean alreadyFilled() throws Exception {
    try (Connection connection = DriverManager.getConnection(SERVER + "postgres", USER, "");
        ResultSet found =
            connection
                .createStatement()
                .executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
      if (!found.next()) {
        return false;
      }
    }
    try (Connection connection = DriverManager.getConnection(DB, USER, "");
        ResultSet customers =
            connection
                .createStatement()
                .executeQuery(
                    "select count(*) from information_schema.tables where table_name = 'customers'")) {
      customers.next();
      return customers.getLong(1) == 1 && counts(connection).get("live customers") > 0;
    }
  }

  private static void recreateDatabase() throws Exception {
    try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + NAME);
    }
  }

  private static Map<String, Long> counts(Connection connection) throws Exception {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Statement sql = connection.createStatement()) {
      for (String table : SegmentBenchmarkData.TABLES) {
        rows.put(table, count(sql, "select count(*) from " + table));
      }
      rows.put(
          "live customers",
          count(sql, "select count(*) from customers where merged_into_id is null"));
    }
    return rows;
  }

  private static long count(Statement sql, String query) throws Exception {
    try (ResultSet result = sql.executeQuery(query)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String serverVersion() throws Exception {
    try (Connection connection = DriverManager.getConnection(DB, USER, "");
        ResultSet version = connection.createStatement().executeQuery("show server_version")) {
      version.next();
      return "PostgreSQL " + version.getString(1) + " on the same machine (its default settings)";
    }
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
