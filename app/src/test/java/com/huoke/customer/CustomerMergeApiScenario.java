package com.huoke.customer;

import static com.huoke.customer.CustomerRequests.capture;
import static com.huoke.customer.CustomerRequests.create;
import static com.huoke.customer.CustomerRequests.itemsOf;
import static com.huoke.customer.CustomerRequests.lead;
import static com.huoke.customer.CustomerRequests.person;
import static com.huoke.customer.CustomerRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.testsupport.JsonApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Fixing who is who by hand over real HTTP — merge, split, merge history — and leads following
 * their customer through automatic and manual merges and splits. Run on H2 and PostgreSQL by the
 * subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CustomerMergeApiScenario {

  @LocalServerPort int port;
  JsonApi api;
  String owner;

  @BeforeEach
  void connect() {
    api = new JsonApi(port);
    owner = "owner-" + UUID.randomUUID();
  }

  @Test
  void mergesACustomerIntoAnotherByHand() {
    String survivor = create(api, person("王芳", owner));
    String merged =
        create(
            api,
            with(
                person(null, owner),
                Map.of(
                    "wechatId", Captures.uniqueWeChatId(),
                    "tags", List.of(Map.of("category", "VALUE", "name", "复购意向")))));
    api.post("/api/v1/customers/" + merged + "/deals", Map.of("title", "续费")).expect(201);

    JsonNode result =
        api.post(
                "/api/v1/customers/" + survivor + "/merge",
                Map.of("customerId", merged, "reason", "同一个人：销售电话确认"))
            .expect(200);

    assertThat(result.get("id").asText()).isEqualTo(survivor);
    assertThat(result.get("identities").findValuesAsText("kind"))
        .containsExactlyInAnyOrder("PHONE", "PHONE", "WECHAT_ID");
    assertThat(result.get("tags").findValuesAsText("name")).containsExactly("复购意向");
    assertThat(api.get("/api/v1/customers/" + merged).expect(200).get("id").asText())
        .as("old links resolve to the survivor")
        .isEqualTo(survivor);
    assertThat(
            api.get("/api/v1/customers/" + survivor + "/deals")
                .expect(200)
                .findValuesAsText("title"))
        .containsExactly("续费");
    assertThat(itemsOf(api.get("/api/v1/customers?owner=" + owner).expect(200), "id"))
        .containsExactly(survivor);
    for (String id : List.of(survivor, merged)) {
      JsonNode merges = api.get("/api/v1/customers/" + id + "/merges").expect(200);
      assertThat(merges).hasSize(1);
      assertThat(merges.at("/0/survivorId").asText()).isEqualTo(survivor);
      assertThat(merges.at("/0/mergedId").asText()).isEqualTo(merged);
      assertThat(merges.at("/0/reason").asText()).isEqualTo("同一个人：销售电话确认");
      assertThat(merges.at("/0/automatic").asBoolean()).isFalse();
      assertThat(merges.at("/0/matchedOn")).isEmpty();
    }
    assertThat(itemsOf(api.get("/api/v1/customers/" + survivor + "/timeline").expect(200), "type"))
        .contains("MERGED", "DEAL_CREATED");
  }

  @Test
  void refusesChangesToAMergedCustomerPointingAtTheSurvivor() {
    String survivor = create(api, person("王芳", owner));
    String merged = create(api, person("王芳", owner));
    api.post(
            "/api/v1/customers/" + survivor + "/merge",
            Map.of("customerId", merged, "reason", "重复录入"))
        .expect(200);

    JsonApi.Response update = api.put("/api/v1/customers/" + merged, Map.of("name", "x"));
    JsonApi.Response mergeAgain =
        api.post(
            "/api/v1/customers/" + survivor + "/merge",
            Map.of("customerId", merged, "reason", "again"));

    assertThat(update.status()).isEqualTo(409);
    assertThat(update.body().get("code").asText()).isEqualTo("customer_merged");
    assertThat(update.body().get("survivorId").asText()).isEqualTo(survivor);
    assertThat(mergeAgain.status()).isEqualTo(409);
  }

  @Test
  void refusesMergesWithoutReasonWithItselfOrWithNobody() {
    String id = create(api, person("王芳", owner));
    String other = create(api, person("李四", owner));

    JsonApi.Response noReason =
        api.post("/api/v1/customers/" + id + "/merge", Map.of("customerId", other, "reason", " "));
    JsonApi.Response itself =
        api.post("/api/v1/customers/" + id + "/merge", Map.of("customerId", id, "reason", "x"));
    JsonApi.Response nobody =
        api.post(
            "/api/v1/customers/" + id + "/merge",
            Map.of("customerId", UUID.randomUUID(), "reason", "x"));

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(itself.status()).isEqualTo(400);
    assertThat(itself.body().at("/errors/0/field").asText()).isEqualTo("customerId");
    assertThat(nobody.status()).isEqualTo(404);
    assertThat(api.get("/api/v1/customers/" + other).expect(200).get("id").asText())
        .isEqualTo(other);
  }

  @Test
  void splitsALeadOffIntoANewCustomerWithTheIdentitiesItBrought() {
    String phone = Captures.uniqueMobile();
    String wechat = Captures.uniqueWeChatId();
    String first = capture(api, lead("DOUYIN", phone, null));
    String second = capture(api, lead("WECHAT", phone, wechat));
    String customer = customerOf(first);
    assertThat(customerOf(second)).isEqualTo(customer);

    JsonApi.Response split =
        api.post(
            "/api/v1/customers/" + customer + "/split",
            Map.of("leadIds", List.of(second), "reason", "微信号属于他的同事"));

    JsonNode created = split.expect(201);
    String splitOff = created.get("id").asText();
    assertThat(split.location()).endsWith("/api/v1/customers/" + splitOff);
    assertThat(created.get("identities").findValuesAsText("kind")).containsExactly("WECHAT_ID");
    assertThat(created.get("sources").findValuesAsText("leadId")).containsExactly(second);
    assertThat(created.get("name").asText()).as("the admin sees it unmasked").isEqualTo("王芳");
    assertThat(customerOf(second)).as("the lead follows").isEqualTo(splitOff);
    assertThat(customerOf(first)).isEqualTo(customer);
    JsonNode original = api.get("/api/v1/customers/" + customer).expect(200);
    assertThat(original.get("identities").findValuesAsText("kind")).containsExactly("PHONE");
    assertThat(original.get("wechatId").isNull()).isTrue();
    assertThat(itemsOf(api.get("/api/v1/customers/" + splitOff + "/timeline").expect(200), "type"))
        .contains("SPLIT", "LEAD_CAPTURED");
    assertThat(customerOf(capture(api, lead("WECOM", Captures.uniqueMobile(), wechat))))
        .as("a later lead with the WeChat id finds the new customer")
        .isEqualTo(splitOff);
  }

  @Test
  void refusesSplitsOfOtherLeadsOrOfEveryIdentity() {
    String lead = capture(api, lead("DOUYIN", Captures.uniqueMobile(), null));
    String customer = customerOf(lead);

    JsonApi.Response foreign =
        api.post(
            "/api/v1/customers/" + customer + "/split",
            Map.of("leadIds", List.of(UUID.randomUUID()), "reason", "x"));
    JsonApi.Response everything =
        api.post(
            "/api/v1/customers/" + customer + "/split",
            Map.of("leadIds", List.of(lead), "reason", "x"));
    JsonApi.Response none =
        api.post(
            "/api/v1/customers/" + customer + "/split",
            Map.of("leadIds", List.of(), "reason", "x"));

    assertThat(foreign.status()).isEqualTo(400);
    assertThat(foreign.body().at("/errors/0/field").asText()).isEqualTo("leadIds");
    assertThat(everything.status()).isEqualTo(400);
    assertThat(everything.body().at("/errors/0/message").asText()).contains("merge instead");
    assertThat(none.body().at("/errors/0/field").asText()).isEqualTo("leadIds");
    assertThat(customerOf(lead)).isEqualTo(customer);
  }

  @Test
  void leadsFollowTheirCustomerIntoAnAutomaticMerge() {
    String phone = Captures.uniqueMobile();
    String wechat = Captures.uniqueWeChatId();
    String byPhone = capture(api, lead("DOUYIN", phone, null));
    Map<String, Object> weChatOnly = lead("WECHAT", null, wechat);
    weChatOnly.remove("contactPhone");
    String byWeChat = capture(api, weChatOnly);
    assertThat(customerOf(byWeChat)).isNotEqualTo(customerOf(byPhone));

    String both = capture(api, lead("WECOM", phone, wechat));

    String survivor = customerOf(byPhone);
    assertThat(customerOf(byWeChat)).isEqualTo(survivor);
    assertThat(customerOf(both)).isEqualTo(survivor);
    JsonNode merges = api.get("/api/v1/customers/" + survivor + "/merges").expect(200);
    assertThat(merges.at("/0/automatic").asBoolean()).isTrue();
    assertThat(merges.at("/0/reason").asText()).contains("WeChat id wx***", both);
  }

  private String customerOf(String leadId) {
    return api.get("/api/v1/leads/" + leadId).expect(200).get("customerId").asText();
  }
}
