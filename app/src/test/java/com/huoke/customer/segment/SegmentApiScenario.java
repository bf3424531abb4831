package com.huoke.customer.segment;

import static com.huoke.testsupport.JsonApi.expect;
import static com.huoke.testsupport.NewCustomers.uniqueMobile;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.customer.CustomFields;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.JsonApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The segment API end to end over HTTP: previews, saved segments, their members and counts. Every
 * test's customers share an owner no other test uses, and its rules select that owner, so tests
 * sharing a database never count each other's customers. The caller is a marketer, who sees
 * personal data masked. Run on H2 and PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SegmentApiScenario {

  @LocalServerPort int port;
  @Autowired CustomFields customFields;
  JsonApi api;
  String owner;

  @BeforeEach
  void connect() {
    api = new JsonApi(port).as(Caller.MARKETER);
    owner = "seg-" + UUID.randomUUID();
    SegmentFixtures.defineCustomFields(customFields);
  }

  @Test
  void previewCountsTheMatchingCustomersAndShowsThemMasked() {
    String phone = uniqueMobile();
    UUID hot = customer("王芳", phone, 2000, "高价值");
    customer("李雷", uniqueMobile(), 500, "高价值");
    customer("韩梅梅", uniqueMobile(), 9000, null);

    JsonNode preview =
        expect(
            200,
            api.post(
                "/api/v1/customers/segment",
                Map.of(
                    "rules",
                    ownRules(
                        Map.of(
                            "field", "tags",
                            "operator", "eq",
                            "value", Map.of("category", "VALUE", "name", "高价值")),
                        Map.of(
                            "field", "customFields.seg_budget",
                            "operator", "gte",
                            "value", 1000)))));

    assertThat(preview.get("count").asLong()).isEqualTo(1);
    JsonNode sample = preview.get("sample").get(0);
    assertThat(sample.get("id").asText()).isEqualTo(hot.toString());
    assertThat(sample.get("name").asText()).isEqualTo("王*");
    assertThat(sample.get("phone").asText())
        .isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
    assertThat(sample.get("stageLabel").asText()).isEqualTo("潜在");
    assertThat(sample.at("/tags/0/name").asText()).isEqualTo("高价值");
  }

  @Test
  void previewSamplesTheMostRecentlyActiveCustomersAndCountsThemAll() {
    for (int i = 0; i < 22; i++) {
      customer("客户" + i, uniqueMobile(), i, null);
    }

    JsonNode preview =
        expect(200, api.post("/api/v1/customers/segment", Map.of("rules", ownRules())));

    assertThat(preview.get("count").asLong()).isEqualTo(22);
    assertThat(preview.get("sample")).hasSize(20);
    List<String> activity =
        preview.get("sample").findValuesAsText("lastActivityAt").stream().toList();
    assertThat(activity).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void rejectsInvalidRulesNamingTheBadCondition() {
    JsonApi.Response response =
        api.post(
            "/api/v1/customers/segment",
            """
            {"rules": {"all": [
              {"field": "stage", "operator": "eq", "value": "PROSPECT"},
              {"field": "score", "operator": "contains", "value": "9"}
            ]}}
            """);

    JsonNode problem = expect(400, response);
    assertThat(problem.get("code").asText()).isEqualTo("invalid_request");
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("rules.all[1].operator");
    assertThat(problem.at("/errors/0/message").asText()).contains("for score");
    assertThat(problem.get("detail").asText()).contains("rules.all[1].operator");
  }

  @Test
  void rejectsAPreviewWithoutRules() {
    JsonNode problem = expect(400, api.post("/api/v1/customers/segment", "{}"));

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("rules");
  }

  @Test
  void savesASegmentThenListsItsCustomersPageByPageAndCountsThem() {
    UUID older = customer("甲", uniqueMobile(), 100, null);
    UUID newer = customer("乙", uniqueMobile(), 200, null);

    JsonApi.Response created =
        api.post(
            "/api/v1/segments",
            Map.of(
                "name",
                "高预算 " + owner,
                "description",
                "预算不少于 100",
                "rules",
                ownRules(budgetAtLeast(100))));

    JsonNode segment = expect(201, created);
    String id = segment.get("id").asText();
    assertThat(created.location()).endsWith("/api/v1/segments/" + id);
    assertThat(segment.at("/rules/all/1/field").asText()).isEqualTo("customFields.seg_budget");
    assertThat(expect(200, api.get("/api/v1/segments")).findValuesAsText("id")).contains(id);
    assertThat(expect(200, api.get("/api/v1/segments/" + id)).get("description").asText())
        .isEqualTo("预算不少于 100");
    assertThat(expect(200, api.get("/api/v1/segments/" + id + "/count")).get("count").asLong())
        .isEqualTo(2);
    JsonNode first = expect(200, api.get("/api/v1/segments/" + id + "/customers?size=1"));
    assertThat(first.get("totalItems").asLong()).isEqualTo(2);
    assertThat(first.get("totalPages").asInt()).isEqualTo(2);
    assertThat(first.at("/items/0/id").asText()).isEqualTo(newer.toString());
    JsonNode second = expect(200, api.get("/api/v1/segments/" + id + "/customers?size=1&page=1"));
    assertThat(second.at("/items/0/id").asText()).isEqualTo(older.toString());
  }

  @Test
  void changingASegmentsRulesChangesWhoIsInIt() {
    customer("甲", uniqueMobile(), 100, null);
    customer("乙", uniqueMobile(), 200, null);
    String id =
        expect(
                201,
                api.post(
                    "/api/v1/segments",
                    Map.of("name", "预算 " + owner, "rules", ownRules(budgetAtLeast(100)))))
            .get("id")
            .asText();

    JsonNode updated =
        expect(
            200,
            api.put(
                "/api/v1/segments/" + id,
                Map.of("name", "高预算 " + owner, "rules", ownRules(budgetAtLeast(150)))));

    assertThat(updated.get("name").asText()).isEqualTo("高预算 " + owner);
    assertThat(updated.get("version").asLong()).isEqualTo(1);
    assertThat(expect(200, api.get("/api/v1/segments/" + id + "/count")).get("count").asLong())
        .isEqualTo(1);
  }

  @Test
  void deletesASegment() {
    String id =
        expect(201, api.post("/api/v1/segments", Map.of("name", owner, "rules", ownRules())))
            .get("id")
            .asText();

    assertThat(api.delete("/api/v1/segments/" + id).status()).isEqualTo(204);

    JsonNode problem = expect(404, api.get("/api/v1/segments/" + id));
    assertThat(problem.get("code").asText()).isEqualTo("segment_not_found");
    assertThat(api.delete("/api/v1/segments/" + id).status()).isEqualTo(404);
  }

  @Test
  void refusesASecondSegmentWithTheSameName() {
    expect(201, api.post("/api/v1/segments", Map.of("name", owner, "rules", ownRules())));

    JsonNode problem =
        expect(409, api.post("/api/v1/segments", Map.of("name", owner, "rules", ownRules())));

    assertThat(problem.get("code").asText()).isEqualTo("segment_name_taken");
  }

  @Test
  void savesNothingWhenTheRulesAreInvalid() {
    JsonNode problem =
        expect(
            400,
            api.post(
                "/api/v1/segments",
                Map.of(
                    "name",
                    owner,
                    "rules",
                    ownRules(Map.of("field", "customFields.nope", "operator", "eq", "value", 1)))));

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("rules.all[1].field");
    assertThat(expect(200, api.get("/api/v1/segments")).findValuesAsText("name"))
        .doesNotContain(owner);
  }

  @Test
  void aMergedCustomerLeavesItsSegments() {
    UUID survivor = customer("甲", uniqueMobile(), 100, null);
    UUID merged = customer("甲", uniqueMobile(), 100, null);
    Map<String, Object> preview = Map.of("rules", ownRules());
    assertThat(expect(200, api.post("/api/v1/customers/segment", preview)).get("count").asLong())
        .isEqualTo(2);

    expect(
        200,
        api.post(
            "/api/v1/customers/" + survivor + "/merge",
            Map.of("customerId", merged, "reason", "same person")));

    JsonNode after = expect(200, api.post("/api/v1/customers/segment", preview));
    assertThat(after.get("count").asLong()).isEqualTo(1);
    assertThat(after.at("/sample/0/id").asText()).isEqualTo(survivor.toString());
  }

  @Test
  void previewOfAnyGroupCountsACustomerMatchingSeveralBranchesOnce() {
    UUID both = customer("赵一", uniqueMobile(), 2000, "高价值");
    UUID tagged = customer("钱二", uniqueMobile(), 500, "高价值");
    UUID rich = customer("孙三", uniqueMobile(), 9000, null);
    customer("李四", uniqueMobile(), 100, null);
    Map<String, Object> mine = Map.of("field", "ownerUserId", "operator", "eq", "value", owner);
    Map<String, Object> valuable =
        Map.of(
            "field", "tags", "operator", "eq", "value", Map.of("category", "VALUE", "name", "高价值"));

    JsonNode preview =
        expect(
            200,
            api.post(
                "/api/v1/customers/segment",
                Map.of(
                    "rules",
                    Map.of(
                        "any",
                        List.of(
                            Map.of("all", List.of(mine, valuable)),
                            Map.of("all", List.of(mine, budgetAtLeast(1000))))))));

    assertThat(preview.get("count").asLong()).isEqualTo(3);
    List<String> sample = new java.util.ArrayList<>();
    preview.get("sample").forEach(customer -> sample.add(customer.get("id").asText()));
    assertThat(sample)
        .containsExactlyInAnyOrder(both.toString(), tagged.toString(), rich.toString());
  }

  /** A customer of this test's owner, with a budget and optionally a VALUE tag. */
  private UUID customer(String name, String phone, int budget, String valueTag) {
    Map<String, Object> body =
        new java.util.HashMap<>(
            Map.of(
                "name", name,
                "phone", phone,
                "ownerUserId", owner,
                "customFields", Map.of("seg_budget", budget)));
    if (valueTag != null) {
      body.put("tags", List.of(Map.of("category", "VALUE", "name", valueTag)));
    }
    return UUID.fromString(expect(201, api.post("/api/v1/customers", body)).get("id").asText());
  }

  /** Rules that keep to this test's customers, plus {@code conditions}. */
  @SafeVarargs
  private Map<String, Object> ownRules(Map<String, Object>... conditions) {
    List<Object> all = new java.util.ArrayList<>();
    all.add(Map.of("field", "ownerUserId", "operator", "eq", "value", owner));
    all.addAll(List.of(conditions));
    return Map.of("all", all);
  }

  private static Map<String, Object> budgetAtLeast(int budget) {
    return Map.of("field", "customFields.seg_budget", "operator", "gte", "value", budget);
  }
}
