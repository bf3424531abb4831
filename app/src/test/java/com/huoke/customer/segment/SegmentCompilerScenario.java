package com.huoke.customer.segment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.customer.CustomFields;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Compiled segment rules run on the real database: each operator on each kind of field, nesting,
 * and values that look like SQL. Queries are limited to the fixture's customers, so rows other
 * tests left in a shared database do not count. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SegmentCompilerScenario {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired CustomFields customFields;
  @Autowired SegmentTagIds tagIds;

  final SegmentRuleParser parser = new SegmentRuleParser(ZoneId.of("Asia/Shanghai"), 50);
  SegmentCompiler compiler;
  Map<String, UUID> population;

  @BeforeAll
  void insertPopulation() {
    compiler = new SegmentCompiler(ZoneId.of("Asia/Shanghai"), tagIds::find);
    SegmentFixtures.defineCustomFields(customFields);
    population = new SegmentFixtures(jdbc).insertPopulation();
  }

  @ParameterizedTest(name = "{0} matches {1}")
  @MethodSource("cases")
  void matchesExactlyTheLiveCustomersTheRulesDescribe(JsonNode rules, List<String> expected) {
    assertThat(matching(rules)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void bindsEveryValueAsAParameterAndLeavesTheTablesAlone() throws IOException {
    String hostile = "'); delete from customers; --";
    JsonNode rules =
        JSON.readTree(
            """
            {"any": [
              {"field": "company.name", "operator": "eq", "value": "%1$s"},
              {"field": "company.city", "operator": "contains", "value": "%1$s"},
              {"field": "sources.utmCampaign", "operator": "in", "value": ["%1$s"]},
              {"field": "tags", "operator": "eq", "value": {"category": "VALUE", "name": "%1$s"}},
              {"field": "customFields.seg_note", "operator": "eq", "value": "%1$s"},
              {"field": "score", "operator": "eq", "value": 75}
            ]}
            """
                .formatted(hostile.replace("\"", "\\\"")));
    SegmentSqlBuilder sql = new SegmentSqlBuilder();

    String where =
        compiler.where(
            parser.parse(rules, "rules", SegmentFixtures.CATALOG), sql, SegmentFixtures.NOW);

    assertThat(where).doesNotContain("delete").doesNotContain("seg_note");
    assertThat(sql.parameters().getValues().values())
        .contains(hostile, "%'); delete from customers; --%", "seg_note");
    assertThat(matching(rules)).containsExactly("甲");
    assertThat(jdbc.getJdbcTemplate().queryForObject("select count(*) from customers", Long.class))
        .isGreaterThanOrEqualTo(population.size());
  }

  /** Names of the fixture's live customers matching {@code rules} as of the fixture's now. */
  private List<String> matching(JsonNode rules) {
    SegmentSqlBuilder sql = new SegmentSqlBuilder();
    String where =
        compiler.where(
            parser.parse(rules, "rules", SegmentFixtures.CATALOG), sql, SegmentFixtures.NOW);
    return jdbc.queryForList(
        "select c.name from customers c where c.id in (:fixture) and c.merged_into_id is null"
            + " and ("
            + where
            + ")",
        sql.parameters().addValue("fixture", (Collection<UUID>) population.values()),
        String.class);
  }

  static Stream<Arguments> cases() throws IOException {
    try (InputStream in =
        SegmentCompilerScenario.class.getResourceAsStream("/segment/compiler-cases.json")) {
      List<Map<String, Object>> cases = JSON.readValue(in, new TypeReference<>() {});
      return cases.stream()
          .map(c -> Arguments.of(JSON.valueToTree(c.get("rules")), c.get("matches")));
    }
  }
}
