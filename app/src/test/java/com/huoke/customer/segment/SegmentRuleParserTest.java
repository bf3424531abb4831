package com.huoke.customer.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.customer.InvalidCustomerRequestException;
import com.huoke.customer.TagCategory;
import com.huoke.customer.TagRef;
import com.huoke.web.InvalidField;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Segment rules are read into a typed tree, and every invalid part is named by its path. */
class SegmentRuleParserTest {

  static final ObjectMapper JSON = new ObjectMapper();
  final SegmentRuleParser parser = new SegmentRuleParser(ZoneId.of("Asia/Shanghai"), 50);

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRules")
  void rejectsInvalidRulesNamingThePathOfTheBadPart(
      String description, JsonNode rules, String field, String message) {
    assertThatThrownBy(() -> parser.parse(rules, "rules", SegmentFixtures.CATALOG))
        .isInstanceOfSatisfying(
            InvalidCustomerRequestException.class,
            invalid ->
                assertThat(invalid.errors())
                    .anySatisfy(
                        error -> {
                          assertThat(error.field()).isEqualTo(field);
                          assertThat(error.message()).contains(message);
                        }));
  }

  @Test
  void reportsEveryInvalidConditionAtOnce() throws IOException {
    JsonNode rules =
        JSON.readTree(
            """
            {"any": [
              {"field": "score", "operator": "gte", "value": 60},
              {"field": "nickname", "operator": "eq", "value": "x"},
              {"all": [{"field": "stage", "operator": "eq", "value": "NOPE"}]}
            ]}
            """);

    assertThatThrownBy(() -> parser.parse(rules, "rules", SegmentFixtures.CATALOG))
        .isInstanceOfSatisfying(
            InvalidCustomerRequestException.class,
            invalid ->
                assertThat(invalid.errors())
                    .extracting(InvalidField::field)
                    .containsExactly("rules.any[1].field", "rules.any[2].all[0].value"));
  }

  @Test
  void refusesMoreConditionsThanConfigured() throws IOException {
    SegmentRuleParser strict = new SegmentRuleParser(ZoneId.of("Asia/Shanghai"), 2);
    JsonNode rules =
        JSON.readTree(
            """
            {"all": [{"field": "score", "operator": "gte", "value": 1},
                     {"field": "score", "operator": "lte", "value": 9},
                     {"field": "stage", "operator": "eq", "value": "PROSPECT"}]}
            """);

    assertThatThrownBy(() -> strict.parse(rules, "rules", SegmentFixtures.CATALOG))
        .isInstanceOfSatisfying(
            InvalidCustomerRequestException.class,
            invalid ->
                assertThat(invalid.errors())
                    .containsExactly(new InvalidField("rules", "must hold at most 2 conditions")));
  }

  @Test
  void readsANestedTreeIntoTypedValues() throws IOException {
    JsonNode rules =
        JSON.readTree(
            """
            {"all": [
              {"field": "score", "operator": "between", "value": [60, 90.5]},
              {"any": [
                {"field": "createdAt", "operator": "gte", "value": "2026-03-01"},
                {"field": "lastActivityAt", "operator": "lt", "value": "2026-03-01T08:30:00+08:00"},
                {"field": "tags", "operator": "in", "value": [{"category": "VALUE", "name": " 高价值 "}]},
                {"field": "customFields.seg_renewal", "operator": "eq", "value": "2026-06-01"},
                {"field": "customFields.seg_level", "operator": "is_empty"},
                {"field": "lastActivityAt", "operator": "older_than_days", "value": 30}
              ]}
            ]}
            """);

    SegmentRule parsed = parser.parse(rules, "rules", SegmentFixtures.CATALOG);

    SegmentRule.All all = (SegmentRule.All) parsed;
    SegmentRule.Condition score = (SegmentRule.Condition) all.rules().get(0);
    assertThat(score.field().name()).isEqualTo("score");
    assertThat(score.operator()).isEqualTo(SegmentOperator.BETWEEN);
    assertThat(score.value())
        .isEqualTo(new ConditionValue.Range(new BigDecimal("60"), new BigDecimal("90.5")));
    List<SegmentRule> any = ((SegmentRule.Any) all.rules().get(1)).rules();
    assertThat(values(any))
        .containsExactly(
            new ConditionValue.One(Instant.parse("2026-02-28T16:00:00Z")),
            new ConditionValue.One(Instant.parse("2026-03-01T00:30:00Z")),
            new ConditionValue.Many(List.of(new TagRef(TagCategory.VALUE, "高价值"))),
            new ConditionValue.One(LocalDate.parse("2026-06-01")),
            new ConditionValue.None(),
            new ConditionValue.Days(30));
    assertThat(((SegmentRule.Condition) any.get(4)).field().type())
        .isEqualTo(SegmentValueType.CHOICE);
    assertThat(((SegmentRule.Condition) any.get(4)).field().location())
        .isEqualTo(new SegmentField.CustomFieldValue("seg_level", "text_value"));
  }

  @Test
  void anEmptyAllIsEveryone() throws IOException {
    assertThat(parser.parse(JSON.readTree("{\"all\": []}"), "rules", SegmentFixtures.CATALOG))
        .isEqualTo(new SegmentRule.All(List.of()));
  }

  private static List<ConditionValue> values(List<SegmentRule> rules) {
    return rules.stream().map(r -> ((SegmentRule.Condition) r).value()).toList();
  }

  static Stream<Arguments> invalidRules() throws IOException {
    try (InputStream in =
        SegmentRuleParserTest.class.getResourceAsStream("/segment/invalid-rules.json")) {
      List<Map<String, Object>> cases = JSON.readValue(in, new TypeReference<>() {});
      return cases.stream()
          .map(
              c ->
                  Arguments.of(
                      c.get("case"),
                      expandHuge(JSON.valueToTree(c.get("rules"))),
                      c.get("field"),
                      c.get("message")));
    }
  }

  /** {@code "@@HUGE:n@@"} in a case stands for a string of n characters. */
  private static JsonNode expandHuge(JsonNode rules) {
    String text = rules.toString();
    java.util.regex.Matcher huge = java.util.regex.Pattern.compile("@@HUGE:(\\d+)@@").matcher(text);
    if (!huge.find()) {
      return rules;
    }
    try {
      return JSON.readTree(huge.replaceAll("x".repeat(Integer.parseInt(huge.group(1)))));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
