package com.huoke.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.lead.LeadIntakeQueueStats;
import com.huoke.lead.QueueCounts;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A 100,000-row CSV imported over HTTP with capture paused: every row must be queued. Prints the
 * time taken and the peak heap in use, for the record; that the file is streamed is asserted by
 * {@code CsvRowsTest.handsOnEachRowWithoutReadingFarAheadOfIt}. Run with {@code ./mvnw -q -B -pl
 * app -am test -Pbenchmark -Dtest=LeadImportBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "huoke.leads.intake-queue.enabled=false",
      "huoke.leads.imports.dir=${java.io.tmpdir}/huoke-import-benchmark/${random.uuid}"
    })
class LeadImportBenchmark {

  static final int ROWS = 100_000;

  @LocalServerPort int port;
  @Autowired LeadIntakeQueueStats queue;
  @TempDir Path dir;

  @Test
  void queuesEveryRowOfA100000RowCsv() throws IOException {
    Path csv = dir.resolve("leads.csv");
    try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      out.write("\uFEFF姓名,手机号,邮箱,公司,行业,地区,职位,活动\n");
      for (int row = 1; row <= ROWS; row++) {
        out.write(
            "客户%06d,139%08d,c%06d@example.cn,\"公司 %06d, 有限\",software,浙江 杭州,CEO,benchmark\n"
                .formatted(row, row, row, row));
      }
    }
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(baseline);
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    sampler.scheduleAtFixedRate(
        () -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
        0,
        50,
        TimeUnit.MILLISECONDS);
    ImportApi api = new ImportApi(port);
    long started = System.nanoTime();

    ImportApi.Response accepted = api.upload(ImportApi.FilePart.of("leads.csv", csv), Map.of());
    JsonNode done = api.awaitFinished(accepted.locationPath(), Duration.ofMinutes(15));

    double seconds = (System.nanoTime() - started) / 1e9;
    sampler.shutdownNow();
    QueueCounts counts = queue.countsBySource("import:" + done.get("id").asText());
    System.out.printf(
        "%nLead import benchmark: %,d rows (%,d KiB) read and queued in %.1f s (%,.0f rows/s);"
            + " heap in use %,d MiB before, peak %,d MiB%n%n",
        ROWS, Files.size(csv) / 1024, seconds, ROWS / seconds, baseline >> 20, peak.get() >> 20);
    assertThat(done.get("state").asText()).isEqualTo("DONE");
    assertThat(done.get("rowsRead").asInt()).isEqualTo(ROWS);
    assertThat(done.get("rowsQueued").asInt()).isEqualTo(ROWS);
    assertThat(counts.pending()).isEqualTo(ROWS);
  }
}
