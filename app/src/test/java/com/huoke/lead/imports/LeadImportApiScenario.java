package com.huoke.lead.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.lead.LeadIntakeQueue;
import com.huoke.lead.NewLead;
import com.huoke.lead.QueuedLead;
import com.huoke.lead.SourcePlatform;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lead imports end to end over real HTTP: an upload is answered with 202 and its status resource,
 * read in the background in batches of two rows, and its valid rows become captured leads with
 * their intake process. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "huoke.leads.imports.dir=${java.io.tmpdir}/huoke-import-tests/${random.uuid}",
      "huoke.leads.imports.batch-size=2",
      "huoke.leads.intake-queue.poll-interval=200ms"
    })
abstract class LeadImportApiScenario {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final Charset GBK = Charset.forName("GBK");

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired LeadImportProperties properties;
  @Autowired LeadImportRunner runner;
  @Autowired LeadIntakeQueue queue;
  @Autowired com.fasterxml.jackson.databind.ObjectMapper json;
  ImportApi api;
  String campaign;

  @BeforeEach
  void connect() {
    api = new ImportApi(port);
    campaign = "import-" + UUID.randomUUID();
  }

  @Test
  void importsAUtf8CsvWithAByteOrderMarkIntoCapturedLeads() {
    String csv =
        "\uFEFF姓名,手机号,邮箱,公司,行业,地区,职位,活动\n"
            + "王芳,13812345678,,杭州云启软件,software,浙江 杭州,CEO,%s\n".formatted(campaign)
            + "李四,,li.si@example.cn,深圳云帆,retail,广东 深圳,店长,%s\n".formatted(campaign)
            + "张三,13912345678,,,,,,%s\n".formatted(campaign);

    ImportApi.Response accepted =
        api.upload(
            ImportApi.FilePart.of("线索.csv", csv.getBytes(StandardCharsets.UTF_8)),
            Map.of("sourcePlatform", "DOUYIN"));

    assertThat(accepted.status()).isEqualTo(202);
    assertThat(accepted.location())
        .contains("/api/v1/leads/imports/" + accepted.body().get("id").asText());
    assertThat(accepted.body().get("fileName").asText()).isEqualTo("线索.csv");
    JsonNode done = awaitCaptured(accepted.locationPath(), 3);
    assertThat(done.get("rowsRead").asInt()).isEqualTo(3);
    assertThat(done.get("rowsQueued").asInt()).isEqualTo(3);
    assertThat(done.get("errors")).isEmpty();
    List<String> names = names(leadsOfCampaign());
    assertThat(names).containsExactlyInAnyOrder("王芳", "李四", "张三");
    assertThat(leadsOfCampaign().findValuesAsText("sourcePlatform")).containsOnly("DOUYIN");
    assertThat(storedFiles()).isEmpty();
  }

  @Test
  void readsAGbkCsvWhenTheFormDeclaresItsCharset() {
    byte[] csv = ("姓名,微信,活动\n李雷,lilei_88,%s\n".formatted(campaign)).getBytes(GBK);

    ImportApi.Response accepted =
        api.upload(ImportApi.FilePart.of("leads.csv", csv), Map.of("charset", "GBK"));

    awaitCaptured(accepted.locationPath(), 1);
    assertThat(names(leadsOfCampaign())).containsExactly("李雷");
  }

  @Test
  void readsAGbkCsvWhenItsPartDeclaresTheCharset() {
    byte[] csv = ("姓名,微信,活动\n韩梅梅,hmm_66,%s\n".formatted(campaign)).getBytes(GBK);

    ImportApi.Response accepted =
        api.upload(ImportApi.FilePart.of("leads.csv", "text/csv; charset=GBK", csv), Map.of());

    awaitCaptured(accepted.locationPath(), 1);
    assertThat(names(leadsOfCampaign())).containsExactly("韩梅梅");
  }

  @Test
  void reportsBadRowsWithTheirRowNumbersAndQueuesTheRest() {
    String csv =
        "姓名,手机号,邮箱,公司规模,备注,活动\n"
            + "王芳,13812345678,,SMALL,\"说 \"\"你好\"\", 谢谢\",%s\n".formatted(campaign)
            + "无联系方式,,,,,%s\n".formatted(campaign)
            + "邮箱错,,not-an-email,,,%s\n".formatted(campaign)
            + "规模错,13900000000,,巨型,,%s\n".formatted(campaign)
            + "\n"
            + "王芳重复,+86 138-1234-5678,,,,%s\n".formatted(campaign)
            + "\"两行\n的名字\",13700000000,,中型,,%s\n".formatted(campaign)
            + "赵六,13600000000,,,,%s\n".formatted(campaign);

    ImportApi.Response accepted =
        api.upload(
            ImportApi.FilePart.of("mixed.csv", csv.getBytes(StandardCharsets.UTF_8)), Map.of());

    JsonNode done = awaitCaptured(accepted.locationPath(), 3);
    assertThat(done.get("rowsRead").asInt()).isEqualTo(7);
    assertThat(done.get("rowsQueued").asInt()).isEqualTo(3);
    assertThat(done.get("rowsRejected").asInt()).isEqualTo(3);
    assertThat(done.get("rowsDuplicate").asInt()).isEqualTo(1);
    JsonNode errors = done.get("errors");
    assertThat(errors.findValuesAsText("row")).containsExactly("3", "4", "5");
    assertThat(errors.get(0).get("field").asText()).isEqualTo("reachable");
    assertThat(errors.get(1).get("field").asText()).isEqualTo("contactEmail");
    assertThat(errors.get(1).get("column").asText()).isEqualTo("邮箱");
    assertThat(errors.get(2).get("column").asText()).isEqualTo("公司规模");
    assertThat(errors.get(2).get("message").asText()).contains("but got '巨型'");
    assertThat(names(leadsOfCampaign())).containsExactlyInAnyOrder("王芳", "两行\n的名字", "赵六");
    JsonNode first = api.get("/api/v1/leads/" + leadOfRow(done, 2)).body();
    assertThat(first.at("/captured/rawData/备注").asText()).isEqualTo("说 \"你好\", 谢谢");
    assertThat(first.at("/captured/companySize").asText()).isEqualTo("SMALL");
    assertThat(
            api.get("/api/v1/leads/" + leadOfRow(done, 8))
                .body()
                .at("/captured/companySize")
                .asText())
        .isEqualTo("MEDIUM");
  }

  @Test
  void importsTheFirstSheetOfAnExcelWorkbookIntoCapturedLeads() throws IOException {
    Path workbook =
        Workbooks.write(
            Files.createTempFile("leads", ".xlsx"),
            List.of(
                List.of("姓名", "手机号", "来源平台", "公司", "活动"),
                List.of("王芳", 13812345678L, "抖音", "杭州云启软件", campaign),
                List.of("", "", "", "", ""),
                List.of("李四", 13912345678L, "小红书", "", campaign)));

    ImportApi.Response accepted =
        api.upload(ImportApi.FilePart.of("线索.xlsx", Files.readAllBytes(workbook)), Map.of());

    JsonNode done = awaitCaptured(accepted.locationPath(), 2);
    assertThat(done.get("format").asText()).isEqualTo("XLSX");
    JsonNode wang = api.get("/api/v1/leads/" + leadOfRow(done, 2)).body();
    assertThat(wang.at("/captured/contactName").asText()).isEqualTo("王芳");
    assertThat(wang.at("/captured/sourcePlatform").asText()).isEqualTo("DOUYIN");
    assertThat(
            api.get("/api/v1/leads/" + leadOfRow(done, 4))
                .body()
                .at("/captured/sourcePlatform")
                .asText())
        .isEqualTo("XIAOHONGSHU");
  }

  @Test
  void appliesTheCallersColumnMapping() {
    String csv = "客户,联系手机,内部编号,活动\n周七,13500000000,A-17,%s\n".formatted(campaign);

    ImportApi.Response accepted =
        api.upload(
            ImportApi.FilePart.of("crm-export.csv", csv.getBytes(StandardCharsets.UTF_8)),
            Map.of(
                "mapping",
                "{\"客户\": \"contactName\", \"联系手机\": \"contactPhone\", \"内部编号\": \"ignore\"}"));

    JsonNode done = awaitCaptured(accepted.locationPath(), 1);
    JsonNode lead = api.get("/api/v1/leads/" + leadOfRow(done, 2)).body();
    assertThat(lead.at("/captured/contactName").asText()).isEqualTo("周七");
    assertThat(lead.at("/captured/rawData").isNull()).isTrue();
  }

  @Test
  void failsAFileWithoutAContactColumnAndQueuesNothing() {
    ImportApi.Response accepted =
        api.upload(
            ImportApi.FilePart.of("names.csv", "姓名,公司\n王芳,云启\n".getBytes(StandardCharsets.UTF_8)),
            Map.of());

    JsonNode failed = api.awaitFinished(accepted.locationPath(), PATIENCE);

    assertThat(failed.get("state").asText()).isEqualTo("FAILED");
    assertThat(failed.get("failure").asText()).contains("phone, WeChat id or e-mail");
    assertThat(failed.at("/capture/pending").asLong() + failed.at("/capture/captured").asLong())
        .isZero();
  }

  @Test
  void failsGbkBytesThatCameWithoutTheirCharset() {
    ImportApi.Response accepted =
        api.upload(
            ImportApi.FilePart.of("leads.csv", "姓名,手机号\n李雷,13800000000\n".getBytes(GBK)), Map.of());

    JsonNode failed = api.awaitFinished(accepted.locationPath(), PATIENCE);

    assertThat(failed.get("state").asText()).isEqualTo("FAILED");
    assertThat(failed.get("failure").asText()).contains("charset=GBK");
  }

  @Test
  void listsImportsNewestFirst() {
    ImportApi.Response first = upload("first.csv");
    ImportApi.Response second = upload("second.csv");

    JsonNode page = api.get("/api/v1/leads/imports?size=2").body();

    assertThat(page.get("items").findValuesAsText("id"))
        .containsExactly(second.body().get("id").asText(), first.body().get("id").asText());
    assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void answersAnUnknownImportWith404() {
    ImportApi.Response response = api.get("/api/v1/leads/imports/" + UUID.randomUUID());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body().get("code").asText()).isEqualTo("lead_import_not_found");
  }

  /**
   * A run that died after its checkpoint at row 3 (rows 2 and 3 queued and counted) left the import
   * RUNNING with an expired lease: the next run resumes at row 4, queueing and counting nothing
   * twice.
   */
  @Test
  void resumesAnImportInterruptedByACrashWithoutQueueingOrCountingTwice() throws IOException {
    UUID id = UUID.randomUUID();
    String source = "import:" + id;
    StringBuilder csv = new StringBuilder("姓名,手机号,活动\n");
    for (int row = 2; row <= 6; row++) {
      csv.append("客户%d,1380000%04d,%s\n".formatted(row, row, campaign));
    }
    Files.createDirectories(properties.dir());
    Files.writeString(properties.dir().resolve(id + ".csv"), csv);
    OffsetDateTime past = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
    jdbc.update(
        "INSERT INTO lead_imports (id, file_name, format, stored_file, source_platform, state,"
            + " rows_read, rows_queued, last_row, claimed_by, claimed_until, received_at,"
            + " started_at) VALUES (?, 'crashed.csv', 'CSV', ?, 'WEBSITE', 'RUNNING', 2, 2, 3,"
            + " 'a-run-that-died', ?, ?, ?)",
        id,
        id + ".csv",
        past,
        past,
        past);
    for (int row = 2; row <= 3; row++) {
      queue.enqueue(
          new QueuedLead(
              source,
              String.valueOf(row),
              json.convertValue(
                  Map.of(
                      "sourcePlatform",
                      SourcePlatform.WEBSITE,
                      "contactName",
                      "客户" + row,
                      "contactPhone",
                      "1380000%04d".formatted(row),
                      "sourceCampaign",
                      campaign),
                  NewLead.class),
              Instant.now()));
    }

    runner.submit(id);

    JsonNode done = awaitCaptured("/api/v1/leads/imports/" + id, 5);
    assertThat(done.get("rowsRead").asInt()).isEqualTo(5);
    assertThat(done.get("rowsQueued").asInt()).isEqualTo(5);
    assertThat(done.get("rowsDuplicate").asInt()).isZero();
    assertThat(
            jdbc.queryForList(
                "SELECT message_id FROM lead_intake_queue WHERE source = ? ORDER BY id",
                String.class,
                source))
        .containsExactly("2", "3", "4", "5", "6");
    assertThat(names(leadsOfCampaign()))
        .containsExactlyInAnyOrder("客户2", "客户3", "客户4", "客户5", "客户6");
  }

  private ImportApi.Response upload(String fileName) {
    return api.upload(
        ImportApi.FilePart.of(
            fileName,
            "手机号,活动\n13800000000,%s\n".formatted(campaign).getBytes(StandardCharsets.UTF_8)),
        Map.of());
  }

  /** Waits for DONE with {@code leads} rows captured; answers the final status. */
  private JsonNode awaitCaptured(String path, int leads) {
    return await()
        .atMost(PATIENCE)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> api.get(path).body(),
            status ->
                status.get("state").asText().equals("DONE")
                    && status.at("/capture/captured").asLong() == leads);
  }

  private JsonNode leadsOfCampaign() {
    return api.get("/api/v1/leads?size=100&sourceCampaign=" + campaign).body().get("items");
  }

  private static List<String> names(JsonNode items) {
    List<String> names = new ArrayList<>();
    items.forEach(item -> names.add(item.get("contactName").asText()));
    return names;
  }

  private UUID leadOfRow(JsonNode status, int row) {
    return jdbc.queryForObject(
        "SELECT lead_id FROM lead_intake_queue WHERE source = ? AND message_id = ?",
        UUID.class,
        "import:" + status.get("id").asText(),
        String.valueOf(row));
  }

  private List<Path> storedFiles() {
    try (var files = Files.list(properties.dir())) {
      return files.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
