package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.testsupport.JsonApi;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A captured lead belongs to a customer, and the score the real score worker gives the lead reaches
 * that customer, on its timeline too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadCustomerScoreTest {

  @LocalServerPort int port;

  @Test
  void givesTheCustomerTheScoreOfItsHotLead() {
    JsonApi api = new JsonApi(port);
    String unique = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> lead =
        LeadFixtures.patched(
            LeadFixtures.hotLead(),
            Map.of(
                "contactPhone",
                    "+86 139" + String.format("%08d", Math.abs(unique.hashCode()) % 100_000_000),
                "contactWechat", "wx_" + unique,
                "contactEmail", unique + "@example.cn"));

    String leadId = api.post("/api/v1/leads", lead).expect(201).get("id").asText();
    String customer = api.get("/api/v1/leads/" + leadId).expect(200).get("customerId").asText();

    await()
        .atMost(LeadIntakeApiScenario.PATIENCE)
        .untilAsserted(
            () ->
                assertThat(
                        api.get("/api/v1/customers/" + customer).expect(200).get("score").asInt())
                    .isEqualTo(73));
    JsonNode timeline = api.get("/api/v1/customers/" + customer + "/timeline").expect(200);
    assertThat(timeline.get("items").findValuesAsText("type"))
        // a hot score also moves the customer's stage by the default stage rules
        .containsSubsequence("LEAD_SCORED", "LEAD_CAPTURED");
    assertThat(timeline.get("items").findValuesAsText("summary"))
        .contains("Lead scored 73; customer score 73");
  }
}
