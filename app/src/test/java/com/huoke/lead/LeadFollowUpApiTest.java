package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.engine.EngineGateway;
import com.huoke.testsupport.Caller;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.event.EventListener;

/**
 * What sales do with a lead after capture, over real HTTP with the engine and workers running: edit
 * it under optimistic locking, assign it (its open qualification task follows), convert it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeadFollowUpApiTest {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired EngineGateway engine;
  @Autowired ConversionLog conversions;
  LeadApi api;

  /** Collects the {@link LeadConverted} events the app publishes. */
  @TestConfiguration
  static class ConversionLog {
    final List<LeadConverted> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(LeadConverted event) {
      events.add(event);
    }
  }

  @BeforeEach
  void connect() {
    api = new LeadApi(port);
  }

  @Test
  void editsTheLeadAtTheVersionNamedByIfMatch() {
    String path = nurturedLead();
    LeadApi.Response before = api.get(path);

    LeadApi.Response edited =
        api.send("PUT", path, edit(Map.of("contactName", "李四（已核实）")), "If-Match", before.etag());

    assertThat(edited.status()).isEqualTo(200);
    assertThat(edited.etag()).isNotEqualTo(before.etag());
    JsonNode lead = api.getAsAgent(path).body();
    assertThat(lead.at("/captured/contactName").asText()).isEqualTo("李四（已核实）");
    assertThat(lead.at("/captured/company").asText()).isEqualTo("成都云图");
    assertThat(lead.at("/captured/companySize").asText()).isEqualTo("MEDIUM");
    assertThat(lead.at("/notes").asText()).isEqualTo("周三回电");
    assertThat(lead.at("/captured/contactEmail").asText()).isEqualTo("li.si@example.cn");
    assertThat(lead.at("/version").asLong()).isEqualTo(before.body().at("/version").asLong() + 1);
  }

  @Test
  void refusesAnEditBasedOnAStaleETagWith412AndKeepsTheLead() {
    String path = nurturedLead();
    String stale = api.get(path).etag();
    api.send("PUT", path, edit(Map.of("contactName", "first")), "If-Match", stale);

    LeadApi.Response refused =
        api.send("PUT", path, edit(Map.of("contactName", "second")), "If-Match", stale);

    assertThat(refused.status()).isEqualTo(412);
    assertThat(refused.body().at("/code").asText()).isEqualTo("lead_version_mismatch");
    assertThat(api.getAsAgent(path).body().at("/captured/contactName").asText()).isEqualTo("first");
  }

  @Test
  void refusesAnEditBasedOnAStaleBodyVersionWith409() {
    String path = nurturedLead();
    long version = api.get(path).body().at("/version").asLong();
    api.send("PUT", path, edit(Map.of("version", version)));

    LeadApi.Response refused =
        api.send("PUT", path, edit(Map.of("version", version, "contactName", "late")));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().at("/currentVersion").asLong()).isEqualTo(version + 1);
  }

  @Test
  void answersAnEditOfAnUnknownLeadWith404() {
    LeadApi.Response response =
        api.send("PUT", "/api/v1/leads/" + java.util.UUID.randomUUID(), edit(Map.of("version", 0)));

    assertThat(response.status()).isEqualTo(404);
  }

  @Test
  void assignsAHotLeadAndHandsItsOpenQualificationTaskToTheAssignee() {
    String path = leadAt(LeadFixtures.hotLead(), "QUALIFYING");
    String taskKey = api.get(path).body().at("/process/openTasks/0/userTaskKey").asText();

    LeadApi.Response assigned = api.send("POST", path + "/assign", Map.of("assignee", "zhang.san"));

    assertThat(assigned.status()).isEqualTo(200);
    assertThat(assigned.body().at("/assignedTo").asText()).isEqualTo("zhang.san");
    assertThat(engine.getUserTask(taskKey).assignee()).isEqualTo("zhang.san");

    api.send("POST", path + "/assign", Map.of("assignee", "li.si"));

    assertThat(engine.getUserTask(taskKey).assignee()).isEqualTo("li.si");
    assertThat(api.get(path).body().at("/process/openTasks/0/assignee").asText())
        .isEqualTo("li.si");
  }

  @Test
  void assignsALeadWhoseProcessHasNoOpenTask() {
    String path = nurturedLead();

    LeadApi.Response assigned = api.send("POST", path + "/assign", Map.of("assignee", "wang.wu"));

    assertThat(assigned.status()).isEqualTo(200);
    assertThat(api.get(path).body().at("/assignedTo").asText()).isEqualTo("wang.wu");
  }

  @Test
  void convertsALeadOnceRecordingWhoAndWhenAndTellingTheOtherFeatures() {
    String path = nurturedLead();
    String id = path.substring(path.lastIndexOf('/') + 1);

    LeadApi manager = api.as(Caller.agent("wang.jingli", "sales"));
    // the signed-in caller is who converted, whatever the body claims
    LeadApi.Response converted =
        manager.send("POST", path + "/convert", Map.of("convertedBy", "someone else"));
    LeadApi.Response again = manager.send("POST", path + "/convert", null);

    assertThat(converted.status()).isEqualTo(200);
    assertThat(converted.body().at("/status").asText()).isEqualTo("CONVERTED");
    assertThat(converted.body().at("/conversion/convertedBy").asText()).isEqualTo("wang.jingli");
    assertThat(converted.body().at("/conversion/convertedAt").asText()).isNotBlank();
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().at("/code").asText()).isEqualTo("lead_not_convertible");
    assertThat(conversions.events)
        .filteredOn(event -> event.leadId().toString().equals(id))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.convertedBy()).isEqualTo("wang.jingli");
              assertThat(event.sourcePlatform()).isEqualTo(SourcePlatform.BAIDU);
            });
  }

  @Test
  void refusesToConvertALeadSalesRuledOut() {
    String path = leadAt(LeadFixtures.hotLead(), "QUALIFYING");
    String taskKey = api.get(path).body().at("/process/openTasks/0/userTaskKey").asText();
    engine.completeUserTask(taskKey, Map.of("outcome", "disqualified", "notes", "无预算"));
    await()
        .atMost(PATIENCE)
        .until(() -> api.get(path).body().at("/status").asText(), "DISQUALIFIED"::equals);

    LeadApi.Response refused = api.send("POST", path + "/convert", Map.of("convertedBy", "王经理"));

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.body().at("/status").asText()).isEqualTo("DISQUALIFIED");
    assertThat(api.get(path).body().at("/status").asText()).isEqualTo("DISQUALIFIED");
  }

  @Test
  void keepsAConvertedLeadConvertedWhenItsQualificationTaskIsCompletedLater() {
    String path = leadAt(LeadFixtures.hotLead(), "QUALIFYING");
    String taskKey = api.get(path).body().at("/process/openTasks/0/userTaskKey").asText();
    api.send("POST", path + "/convert", Map.of("convertedBy", "王经理"));

    engine.completeUserTask(taskKey, Map.of("outcome", "qualified", "notes", "已签约"));

    await()
        .atMost(PATIENCE)
        .until(() -> api.get(path).body().at("/process/state").asText(), "COMPLETED"::equals);
    JsonNode lead = api.get(path).body();
    assertThat(lead.at("/status").asText()).isEqualTo("CONVERTED");
    assertThat(lead.at("/qualification/outcome").asText()).isEqualTo("QUALIFIED");
  }

  /** A cold lead scored and in the nurture pool: nothing changes it any more. */
  private String nurturedLead() {
    return leadAt(LeadFixtures.coldLead(), "NURTURING");
  }

  private String leadAt(Map<String, Object> body, String status) {
    LeadApi.Response created = api.post(body);
    String path = created.location().substring(created.location().indexOf("/api/"));
    await()
        .atMost(PATIENCE)
        .untilAsserted(
            () -> {
              JsonNode lead = api.get(path).body();
              assertThat(lead.at("/status").asText()).isEqualTo(status);
              if (status.equals("QUALIFYING")) {
                assertThat(lead.at("/process/openTasks")).isNotEmpty();
              }
            });
    return path;
  }

  /** Every editable field set, as a full replacement, with {@code changes} applied. */
  private static Map<String, Object> edit(Map<String, Object> changes) {
    Map<String, Object> edit = new java.util.LinkedHashMap<>();
    edit.put("contactName", "李四");
    edit.put("company", "成都云图");
    edit.put("industry", "software");
    edit.put("region", "四川 成都");
    edit.put("jobTitle", "CTO");
    edit.put("companySize", "MEDIUM");
    edit.put("sourceChannel", "百度-SEM");
    edit.put("sourceCampaign", "autumn");
    edit.put("notes", "周三回电");
    edit.putAll(changes);
    return edit;
  }
}
