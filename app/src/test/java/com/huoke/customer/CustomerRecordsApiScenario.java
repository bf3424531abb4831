package com.huoke.customer;

import static com.huoke.customer.CustomerRequests.create;
import static com.huoke.customer.CustomerRequests.itemsOf;
import static com.huoke.customer.CustomerRequests.nullable;
import static com.huoke.customer.CustomerRequests.person;
import static com.huoke.customer.CustomerRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.JsonApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What hangs off a customer, over real HTTP: tags, custom fields, deals and the timeline. Run on H2
 * and PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CustomerRecordsApiScenario {

  @LocalServerPort int port;
  JsonApi api;
  String customer;
  String suffix;

  @BeforeEach
  void createCustomer() {
    api = new JsonApi(port);
    suffix = UUID.randomUUID().toString().substring(0, 8);
    customer = create(api, person("王芳", "owner-" + suffix));
  }

  @Test
  void addsAndRemovesTagsAndCountsTheirCustomers() {
    Map<String, String> vip = Map.of("category", "VALUE", "name", "VIP-" + suffix);
    Map<String, String> webinar = Map.of("category", "BEHAVIOUR", "name", "webinar-" + suffix);

    JsonNode tagged = api.post(tags(), Map.of("add", List.of(vip, webinar))).expect(200);
    JsonNode untagged = api.post(tags(), Map.of("remove", List.of(webinar))).expect(200);

    assertThat(tagged.findValuesAsText("name"))
        .containsExactly(webinar.get("name"), vip.get("name"));
    assertThat(untagged.findValuesAsText("name")).containsExactly(vip.get("name"));
    JsonNode values = api.get("/api/v1/tags?category=VALUE").expect(200);
    JsonNode listed = null;
    for (JsonNode tag : values) {
      if (tag.get("name").asText().equals(vip.get("name"))) {
        listed = tag;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("customers").asLong()).isEqualTo(1);
    assertThat(values.findValuesAsText("category")).containsOnly("VALUE");
    assertThat(itemsOf(timeline(), "summary"))
        .contains(
            "untagged BEHAVIOUR:" + webinar.get("name"),
            "Tagged VALUE:" + vip.get("name") + ", BEHAVIOUR:" + webinar.get("name"));
  }

  @Test
  void refusesTagsWithoutCategoryOrName() {
    JsonApi.Response response =
        api.post(tags(), Map.of("add", List.of(Map.of("name", "x"), Map.of("category", "VALUE"))));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("add[0].category", "add[1].name");
  }

  @Test
  void definesCustomFieldsAndChecksValuesAgainstThem() {
    String budget = "budget_" + suffix;
    String plan = "plan_" + suffix;
    api.post(fields(), Map.of("key", budget, "label", "预算", "type", "NUMBER")).expect(201);
    api.post(
            fields(),
            Map.of("key", plan, "label", "套餐", "type", "OPTION", "options", List.of("基础", "专业")))
        .expect(201);

    JsonApi.Response wrong =
        api.put(customerPath(), Map.of("customFields", Map.of(budget, "lots", plan, "旗舰")));
    JsonNode right =
        api.put(customerPath(), Map.of("customFields", Map.of(budget, 12000.5, plan, "专业")))
            .expect(200);
    JsonNode removed =
        api.put(customerPath(), Map.of("customFields", nullable(budget, null))).expect(200);

    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("customFields." + budget, "customFields." + plan);
    assertThat(wrong.body().get("errors").findValuesAsText("message"))
        .containsExactlyInAnyOrder("must be a number", "must be one of [基础, 专业]");
    assertThat(right.at("/customFields/" + budget).decimalValue()).isEqualByComparingTo("12000.5");
    assertThat(right.at("/customFields/" + plan).asText()).isEqualTo("专业");
    assertThat(removed.get("customFields").has(budget)).isFalse();
    assertThat(removed.get("customFields").has(plan)).isTrue();
    assertThat(api.get(fields()).expect(200).findValuesAsText("key")).contains(budget, plan);
  }

  @Test
  void refusesBadOrDuplicateFieldDefinitions() {
    String key = "source_" + suffix;
    api.post(fields(), Map.of("key", key, "label", "来源", "type", "TEXT")).expect(201);

    JsonApi.Response duplicate =
        api.post(fields(), Map.of("key", key, "label", "again", "type", "TEXT"));
    JsonApi.Response noOptions =
        api.post(fields(), Map.of("key", "x_" + suffix, "label", "x", "type", "OPTION"));
    JsonApi.Response badKey =
        api.post(fields(), Map.of("key", "Bad Key", "label", "x", "type", "TEXT"));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.body().get("code").asText()).isEqualTo("custom_field_exists");
    assertThat(noOptions.status()).isEqualTo(400);
    assertThat(noOptions.body().at("/errors/0/field").asText()).isEqualTo("options");
    assertThat(badKey.body().at("/errors/0/field").asText()).isEqualTo("key");
  }

  @Test
  void opensWinsAndListsDealsOnTheTimeline() {
    JsonApi.Response opened =
        api.post(deals(), Map.of("title", "年度订阅", "amount", 36000, "expectedClose", "2026-12-31"));
    JsonNode deal = opened.expect(201);
    String dealPath = deals() + "/" + deal.get("id").asText();

    JsonNode won =
        api.put(dealPath, Map.of("title", "年度订阅", "amount", 32000, "stage", "WON")).expect(200);

    assertThat(opened.location()).endsWith(dealPath);
    assertThat(deal.get("stage").asText()).isEqualTo("OPEN");
    assertThat(deal.get("currency").asText()).isEqualTo("CNY");
    assertThat(deal.get("closedAt").isNull()).isTrue();
    assertThat(won.get("stage").asText()).isEqualTo("WON");
    assertThat(won.get("closedAt").isNull()).isFalse();
    assertThat(won.get("amount").decimalValue()).isEqualByComparingTo("32000");
    assertThat(api.get(deals()).expect(200).findValuesAsText("title")).containsExactly("年度订阅");
    // the default stage rules move the customer on each deal change, so stage changes sit between
    assertThat(itemsOf(timeline(), "type"))
        .containsSubsequence("DEAL_WON", "DEAL_CREATED", "CUSTOMER_CREATED")
        .contains("STAGE_CHANGED");
  }

  @Test
  void refusesBadDealsAndUnknownOnes() {
    JsonApi.Response bad =
        api.post(deals(), with(Map.of("title", ""), Map.of("amount", -1, "currency", "rmb")));
    JsonApi.Response unknown =
        api.put(deals() + "/" + UUID.randomUUID(), Map.of("title", "x", "stage", "LOST"));

    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("title", "amount", "currency");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body().get("code").asText()).isEqualTo("deal_not_found");
  }

  @Test
  void pagesTheTimelineNewestFirst() {
    for (int i = 0; i < 3; i++) {
      api.post(tags(), Map.of("add", List.of(Map.of("category", "STAGE", "name", "t" + i))))
          .expect(200);
    }

    JsonNode first = api.get(customerPath() + "/timeline?size=2").expect(200);
    JsonNode second = api.get(customerPath() + "/timeline?size=2&page=1").expect(200);

    assertThat(first.get("totalItems").asInt()).isEqualTo(4);
    assertThat(itemsOf(first, "summary")).containsExactly("Tagged STAGE:t2", "Tagged STAGE:t1");
    assertThat(itemsOf(second, "summary"))
        .containsExactly("Tagged STAGE:t0", "Customer created by hand");
    assertThat(second.at("/items/1/actor").asText())
        .as("the signed-in caller")
        .isEqualTo(Caller.ADMIN.username());
  }

  private String customerPath() {
    return "/api/v1/customers/" + customer;
  }

  private String tags() {
    return customerPath() + "/tags";
  }

  private String deals() {
    return customerPath() + "/deals";
  }

  private static String fields() {
    return "/api/v1/customers/fields";
  }

  private JsonNode timeline() {
    return api.get(customerPath() + "/timeline?size=50").expect(200);
  }
}
