package com.huoke.customer.segment;

import com.huoke.customer.ConflictException;
import com.huoke.customer.CustomFieldType;
import com.huoke.customer.CustomFieldView;
import com.huoke.customer.CustomFields;
import com.huoke.customer.NewCustomField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Customers for segment tests, written straight into the tables so each attribute is exactly as a
 * test needs it: 甲 (interested, hot, from Douyin), 乙 (a company, cold, two won deals), 丙 (a bare
 * customer with no company, tags or sources), 戊 (values that look like SQL), and 丁, a tombstone
 * merged into 甲 that no segment may ever match.
 */
final class SegmentFixtures {

  /** The instant the fixture's dates are relative to (12:00 in Shanghai). */
  static final Instant NOW = Instant.parse("2026-06-15T04:00:00Z");

  static final List<NewCustomField> CUSTOM_FIELDS =
      List.of(
          new NewCustomField("seg_budget", "预算", CustomFieldType.NUMBER, List.of()),
          new NewCustomField("seg_level", "客户等级", CustomFieldType.OPTION, List.of("A", "B", "C")),
          new NewCustomField("seg_renewal", "续约日期", CustomFieldType.DATE, List.of()),
          new NewCustomField("seg_note", "备注", CustomFieldType.TEXT, List.of()));

  /** The fixture's custom fields as a catalog, for tests without a database. */
  static final CustomFieldCatalog CATALOG = catalog(CUSTOM_FIELDS);

  private final NamedParameterJdbcTemplate jdbc;

  SegmentFixtures(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Defines the fixture's custom fields unless an earlier run did. */
  static void defineCustomFields(CustomFields fields) {
    for (NewCustomField field : CUSTOM_FIELDS) {
      try {
        fields.define(field);
      } catch (ConflictException definedBefore) {
        // the shared PostgreSQL test database keeps definitions between runs
      }
    }
  }

  /** Inserts the five customers; answers their ids by name. */
  Map<String, UUID> insertPopulation() {
    Map<String, UUID> ids = new LinkedHashMap<>();
    UUID jia =
        customer(
            Map.ofEntries(
                Map.entry("name", "甲"),
                Map.entry("type", "PERSON"),
                Map.entry("stage", "INTERESTED"),
                Map.entry("score", 75),
                Map.entry("owner_user_id", "alice"),
                Map.entry("company_name", "杭州云帆科技"),
                Map.entry("company_industry", "SaaS"),
                Map.entry("company_size", "SMALL"),
                Map.entry("company_province", "浙江省"),
                Map.entry("company_city", "杭州市"),
                Map.entry("created_at", daysAgo(100)),
                Map.entry("last_activity_at", daysAgo(5)),
                Map.entry("first_platform", "DOUYIN"),
                Map.entry("first_channel", "抖音-直播间"),
                Map.entry("first_campaign", "春季新品"),
                Map.entry("first_utm_source", "douyin"),
                Map.entry("first_utm_medium", "live")));
    tag(jia, "VALUE", "高价值");
    tag(jia, "SOURCE", "抖音");
    source(jia, "DOUYIN", "douyin", "live");
    source(jia, "BAIDU", "baidu", "cpc");
    deal(jia, "OPEN");
    field(jia, "seg_budget", null, new BigDecimal("50000"), null);
    field(jia, "seg_level", "A", null, null);
    field(jia, "seg_renewal", null, null, LocalDate.parse("2026-06-01"));
    field(jia, "seg_note", "老客户推荐", null, null);
    ids.put("甲", jia);

    UUID yi =
        customer(
            Map.ofEntries(
                Map.entry("name", "乙"),
                Map.entry("type", "COMPANY"),
                Map.entry("stage", "PROSPECT"),
                Map.entry("score", 30),
                Map.entry("owner_user_id", "bob"),
                Map.entry("company_name", "深圳启航教育"),
                Map.entry("company_industry", "education"),
                Map.entry("company_size", "LARGE"),
                Map.entry("company_province", "广东省"),
                Map.entry("company_city", "深圳市"),
                Map.entry("created_at", daysAgo(400)),
                Map.entry("last_activity_at", daysAgo(200)),
                Map.entry("first_platform", "BAIDU"),
                Map.entry("first_utm_source", "baidu"),
                Map.entry("first_utm_medium", "cpc")));
    tag(yi, "BEHAVIOUR", "下载资料");
    source(yi, "BAIDU", "baidu", "cpc");
    deal(yi, "WON");
    deal(yi, "WON");
    field(yi, "seg_budget", null, new BigDecimal("8000"), null);
    field(yi, "seg_level", "B", null, null);
    field(yi, "seg_renewal", null, null, LocalDate.parse("2025-01-01"));
    ids.put("乙", yi);

    UUID bing =
        customer(
            Map.of(
                "name", "丙",
                "type", "PERSON",
                "stage", "CUSTOMER",
                "created_at", daysAgo(10),
                "last_activity_at", daysAgo(10),
                "first_platform", "WECHAT"));
    deal(bing, "WON");
    deal(bing, "LOST");
    ids.put("丙", bing);

    UUID ding =
        customer(
            Map.ofEntries(
                Map.entry("name", "丁"),
                Map.entry("type", "PERSON"),
                Map.entry("stage", "INTERESTED"),
                Map.entry("score", 90),
                Map.entry("owner_user_id", "alice"),
                Map.entry("company_industry", "SaaS"),
                Map.entry("created_at", daysAgo(3)),
                Map.entry("last_activity_at", daysAgo(1)),
                Map.entry("first_platform", "DOUYIN"),
                Map.entry("merged_into_id", jia),
                Map.entry("merged_at", daysAgo(1))));
    tag(ding, "VALUE", "高价值");
    source(ding, "DOUYIN", "douyin", "live");
    deal(ding, "OPEN");
    field(ding, "seg_level", "A", null, null);
    ids.put("丁", ding);

    UUID wu =
        customer(
            Map.of(
                "name", "戊",
                "type", "PERSON",
                "stage", "PROSPECT",
                "score", 0,
                "owner_user_id", "x' or '1'='1",
                "company_name", "50%_off\\ it's",
                "company_industry", "it's",
                "created_at", daysAgo(40),
                "last_activity_at", daysAgo(40)));
    source(wu, "WEBSITE", null, null);
    field(wu, "seg_note", "100%", null, null);
    ids.put("戊", wu);
    return ids;
  }

  static OffsetDateTime daysAgo(int days) {
    return OffsetDateTime.ofInstant(NOW.minus(days, ChronoUnit.DAYS), ZoneOffset.UTC);
  }

  private UUID customer(Map<String, Object> values) {
    UUID id = UUID.randomUUID();
    MapSqlParameterSource row =
        new MapSqlParameterSource(values)
            .addValue("id", id)
            .addValue("updated_at", values.get("created_at"))
            .addValue("version", 0);
    String columns = String.join(", ", row.getParameterNames());
    String placeholders =
        java.util.Arrays.stream(row.getParameterNames())
            .map(name -> ":" + name)
            .collect(Collectors.joining(", "));
    jdbc.update("insert into customers (%s) values (%s)".formatted(columns, placeholders), row);
    return id;
  }

  private void tag(UUID customer, String category, String name) {
    MapSqlParameterSource tag =
        new MapSqlParameterSource("category", category)
            .addValue("name", name)
            .addValue("id", UUID.randomUUID())
            .addValue("now", daysAgo(400));
    jdbc.update(
        "insert into tags (id, category, name, created_at) select :id, :category, :name, :now"
            + " where not exists (select 1 from tags where category = :category and name = :name)",
        tag);
    jdbc.update(
        "insert into customer_tags (customer_id, tag_id, added_at) select :customer, id, :now"
            + " from tags where category = :category and name = :name",
        tag.addValue("customer", customer));
  }

  private void source(UUID customer, String platform, String utmSource, String utmMedium) {
    jdbc.update(
        "insert into customer_sources (lead_id, customer_id, platform, utm_source, utm_medium,"
            + " captured_at) values (:lead, :customer, :platform, :source, :medium, :at)",
        new MapSqlParameterSource("lead", UUID.randomUUID())
            .addValue("customer", customer)
            .addValue("platform", platform)
            .addValue("source", utmSource)
            .addValue("medium", utmMedium)
            .addValue("at", daysAgo(50)));
  }

  private void deal(UUID customer, String stage) {
    jdbc.update(
        "insert into deals (id, customer_id, title, currency, stage, created_at, updated_at,"
            + " version) values (:id, :customer, 'fixture deal', 'CNY', :stage, :at, :at, 0)",
        new MapSqlParameterSource("id", UUID.randomUUID())
            .addValue("customer", customer)
            .addValue("stage", stage)
            .addValue("at", daysAgo(20)));
  }

  private void field(UUID customer, String key, String text, BigDecimal number, LocalDate date) {
    jdbc.update(
        "insert into customer_field_values (customer_id, field_key, text_value, number_value,"
            + " date_value) values (:customer, :key, :text, :number, :date)",
        new MapSqlParameterSource("customer", customer)
            .addValue("key", key)
            .addValue("text", text)
            .addValue("number", number)
            .addValue("date", date));
  }

  private static CustomFieldCatalog catalog(List<NewCustomField> fields) {
    Map<String, CustomFieldView> byKey =
        fields.stream()
            .map(f -> new CustomFieldView(f.key(), f.label(), f.type(), f.options(), NOW))
            .collect(Collectors.toMap(CustomFieldView::key, Function.identity()));
    return key -> Optional.ofNullable(byKey.get(key));
  }
}
