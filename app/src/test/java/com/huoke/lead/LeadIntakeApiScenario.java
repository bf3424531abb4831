package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.engine.EngineGateway;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lead-intake walking skeleton end to end over real HTTP: the running app with its embedded
 * engine and workers. Run on H2 and PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LeadIntakeApiScenario {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired MeterRegistry meters;
  @Autowired EngineGateway engine;
  LeadApi api;

  @BeforeEach
  void connect() {
    api = new LeadApi(port);
  }

  @Test
  void scoresAHotLeadAndOffersItToSalesForQualification() {
    LeadApi.Response created = api.post(LeadFixtures.hotLead());

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.location()).endsWith("/api/v1/leads/" + created.body().get("id").asText());
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonNode lead = api.lead(created.location());
              assertThat(lead.at("/status").asText()).isEqualTo("QUALIFYING");
              assertThat(lead.at("/process/activeElementIds").toString())
                  .contains("UserTask_QualifyLead");
            });

    JsonNode lead = api.lead(created.location());
    assertThat(lead.at("/score/total").asInt()).isEqualTo(73);
    assertThat(lead.at("/score/hot").asBoolean()).isTrue();
    assertThat(lead.at("/score/breakdown/behaviour/score").asInt()).isEqualTo(60);
    assertThat(lead.at("/score/breakdown/attributes/score").asInt()).isEqualTo(100);
    assertThat(lead.at("/score/breakdown/engagement/score").asInt()).isEqualTo(44);
    assertThat(lead.at("/score/breakdown/recency/score").asInt()).isEqualTo(100);
    assertThat(lead.at("/score/breakdown/behaviour/matchedRules").toString())
        .contains("CONSULTATION +15");
    assertThat(lead.at("/process/state").asText()).isEqualTo("ACTIVE");
    assertThat(lead.at("/process/processInstanceKey").asText())
        .isEqualTo(created.body().get("processInstanceKey").asText());
    JsonNode task = lead.at("/process/openTasks/0");
    assertThat(task.get("elementId").asText()).isEqualTo("UserTask_QualifyLead");
    assertThat(task.get("candidateGroups").toString()).isEqualTo("[\"sales\"]");
    assertThat(task.get("formId").asText()).isEqualTo("qualify-lead");
    assertThat(lead.at("/escalations")).isEmpty();
    assertThat(lead.at("/captured/company").asText()).isEqualTo("杭州云启软件有限公司");
    assertThat(lead.at("/captured/rawData/comment").asText()).isEqualTo("怎么收费？");
  }

  @Test
  void putsAColdLeadIntoTheNurturePool() {
    LeadApi.Response created = api.post(LeadFixtures.coldLead());

    assertThat(created.status()).isEqualTo(201);
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonNode lead = api.lead(created.location());
              assertThat(lead.at("/status").asText()).isEqualTo("NURTURING");
              assertThat(lead.at("/process/state").asText()).isEqualTo("COMPLETED");
            });
    JsonNode lead = api.lead(created.location());
    assertThat(lead.at("/score/total").asInt()).isEqualTo(4);
    assertThat(lead.at("/score/hot").asBoolean()).isFalse();
    assertThat(lead.at("/process/openTasks")).isEmpty();
  }

  @Test
  void recordsTheQualificationOutcomeWhenSalesCompletesTheTask() {
    LeadApi.Response created = api.post(LeadFixtures.hotLead());
    String taskKey =
        await()
            .atMost(PATIENCE)
            .until(
                () -> api.lead(created.location()).at("/process/openTasks/0/userTaskKey").asText(),
                key -> !key.isEmpty());

    engine.completeUserTask(
        taskKey, Map.of("outcome", "qualified", "notes", "预算已确认", "nextStep", "demo"));

    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonNode lead = api.lead(created.location());
              assertThat(lead.at("/status").asText()).isEqualTo("QUALIFIED");
              assertThat(lead.at("/process/state").asText()).isEqualTo("COMPLETED");
            });
    JsonNode qualification = api.lead(created.location()).at("/qualification");
    assertThat(qualification.get("outcome").asText()).isEqualTo("QUALIFIED");
    assertThat(qualification.get("notes").asText()).isEqualTo("预算已确认");
    assertThat(qualification.get("nextStep").asText()).isEqualTo("demo");
  }

  @Test
  void countsAcceptedLeadsBySourcePlatform() {
    double before = accepted("baidu");

    api.post(LeadFixtures.coldLead());

    assertThat(accepted("baidu")).isEqualTo(before + 1);
  }

  @Test
  void listsLeadsNewestFirst() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(api.post(LeadFixtures.coldLead()).body().get("id").asText());
    }

    JsonNode page = api.get("/api/v1/leads?size=3").body();

    List<String> listed = new ArrayList<>();
    page.get("items").forEach(item -> listed.add(item.get("id").asText()));
    assertThat(listed).containsExactly(ids.get(2), ids.get(1), ids.get(0));
    assertThat(page.get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void rejectsMalformedJsonNamingThePositionAndStoresNothing() {
    long before = api.totalLeads();

    LeadApi.Response response = api.post("{\"sourcePlatform\": \"DOUYIN\", \"contactPhone\": ]}");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("contactPhone");
    assertThat(response.body().at("/detail").asText()).contains("line 1, column");
    assertThat(api.totalLeads()).isEqualTo(before);
  }

  @Test
  void rejectsMissingAndInvalidFieldsNamingEachAndStoresNothing() {
    long before = api.totalLeads();

    LeadApi.Response response =
        api.post(
            LeadFixtures.patched(
                LeadFixtures.hotLead(),
                Map.of("contactEmail", "not-an-email", "region", "x".repeat(101))));
    LeadApi.Response missing =
        api.post(LeadFixtures.patched(LeadFixtures.hotLead(), nullValued("sourcePlatform")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().at("/errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("contactEmail", "region");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.body().at("/errors/0/field").asText()).isEqualTo("sourcePlatform");
    assertThat(api.totalLeads()).isEqualTo(before);
  }

  @Test
  void rejectsAHugeFieldAndStoresNothing() {
    long before = api.totalLeads();

    LeadApi.Response response =
        api.post(
            LeadFixtures.patched(
                LeadFixtures.hotLead(), Map.of("rawData", Map.of("page", "x".repeat(100_000)))));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body().at("/errors/0/field").asText()).isEqualTo("rawData");
    assertThat(api.totalLeads()).isEqualTo(before);
  }

  @Test
  void answersAnUnknownLeadWith404() {
    LeadApi.Response response = api.get("/api/v1/leads/" + UUID.randomUUID());

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.body().at("/code").asText()).isEqualTo("lead_not_found");
  }

  private double accepted(String platform) {
    return meters
        .get(LeadManagement.ACCEPTED_METRIC)
        .tag("source.platform", platform)
        .counter()
        .count();
  }

  private static Map<String, Object> nullValued(String key) {
    Map<String, Object> patch = new java.util.HashMap<>();
    patch.put(key, null);
    return patch;
  }
}
