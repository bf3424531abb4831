package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.privacy.PrivacyConfiguration;
import com.huoke.workers.lead.CompanySize;
import com.huoke.workers.lead.DimensionScore;
import com.huoke.workers.lead.LeadActivityType;
import com.huoke.workers.lead.LeadEscalated;
import com.huoke.workers.lead.ScoreBreakdown;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The V1 migration and the entity agree, and JSON columns round-trip as readable JSON; run on H2
 * and PostgreSQL by the subclasses.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ImportAutoConfiguration(JacksonAutoConfiguration.class)
@Import({LeadJsonColumns.class, PrivacyConfiguration.class})
abstract class LeadPersistenceTest {

  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

  @Autowired LeadRepository leads;
  @Autowired TestEntityManager entities;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  @Test
  void keepsEveryCapturedFieldIncludingJson() {
    NewLead captured = json.convertValue(LeadFixtures.hotLead(), NewLead.class);
    UUID id = UUID.randomUUID();

    leads.save(Lead.captured(id, captured, "pi-1", NOW));
    entities.flush();
    entities.clear();

    Lead found = leads.findById(id).orElseThrow();
    assertThat(found.captured()).isEqualTo(captured);
    assertThat(found.status()).isEqualTo(LeadStatus.NEW);
    assertThat(found.processInstanceKey()).isEqualTo("pi-1");
    assertThat(found.profile().companySize()).isEqualTo(CompanySize.SMALL);
    assertThat(found.profile().activities()).hasSize(5);
  }

  @Test
  void storesActivityTimesAsIsoText() {
    UUID id = UUID.randomUUID();
    leads.save(
        Lead.captured(
            id,
            new NewLead(
                SourcePlatform.WECHAT,
                null,
                null,
                null,
                null,
                "wx",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of("k", "v"),
                List.of(
                    new NewLead.Activity(
                        LeadActivityType.PAGE_VIEW, Instant.parse("2026-03-01T10:00:00Z")))),
            "pi-2",
            NOW));
    entities.flush();

    String stored =
        jdbc.queryForObject(
            "select cast(activities as varchar) from leads where id = ?", String.class, id);
    assertThat(stored).contains("2026-03-01T10:00:00Z");
  }

  @Test
  void keepsPlatformIdsOwnerLandingPageAndCustomer() {
    NewLead captured =
        json.convertValue(
            LeadFixtures.patched(
                LeadFixtures.hotLead(),
                Map.of(
                    "identities",
                    List.of(Map.of("kind", "WECOM_EXTERNAL_USERID", "id", "wmqfasd1e19278")),
                    "ownerUserId",
                    "zhang.san",
                    "landingUrl",
                    "https://example.cn/spring")),
            NewLead.class);
    UUID id = UUID.randomUUID();
    UUID customer = UUID.randomUUID();
    jdbc.update(
        "insert into customers (id, type, stage, created_at, updated_at, version)"
            + " values (?, 'PERSON', 'PROSPECT', current_timestamp, current_timestamp, 0)",
        customer);

    leads.save(Lead.captured(id, captured, customer, "pi-4", NOW));
    entities.flush();
    entities.clear();

    Lead found = leads.findById(id).orElseThrow();
    assertThat(found.captured()).isEqualTo(captured);
    assertThat(found.customerId()).isEqualTo(customer);
  }

  @Test
  void storesContactValuesEncryptedAndStillReadsOnesFromBefore() {
    UUID id = UUID.randomUUID();
    leads.save(
        Lead.captured(id, json.convertValue(LeadFixtures.hotLead(), NewLead.class), "pi-5", NOW));
    entities.flush();
    entities.clear();

    Map<String, Object> stored =
        jdbc.queryForMap(
            "select contact_phone, contact_wechat, contact_email from leads where id = ?", id);
    jdbc.update("update leads set contact_phone = '13800138000' where id = ?", id);
    Lead found = leads.findById(id).orElseThrow();

    assertThat(stored.values())
        .allSatisfy(value -> assertThat((String) value).startsWith("v1:"))
        .noneSatisfy(value -> assertThat((String) value).contains("13800138000"));
    assertThat(found.captured().contactPhone()).isEqualTo("13800138000");
    assertThat(found.captured().contactEmail()).isEqualTo("wang@example.cn");
  }

  @Test
  void keepsTheScoreBreakdownAndOneEscalationPerTask() {
    UUID id = UUID.randomUUID();
    Lead lead =
        leads.save(
            Lead.captured(
                id, json.convertValue(LeadFixtures.coldLead(), NewLead.class), "pi-3", NOW));
    ScoreBreakdown breakdown =
        ScoreBreakdown.of(
            new DimensionScore(30, 60, List.of("CONSULTATION +15", "DOWNLOAD +10", "PAGE_VIEW +5")),
            new DimensionScore(45, 100, List.of("TARGET_INDUSTRY +20")),
            new DimensionScore(8, 44, List.of("EMAIL_OPEN +3")),
            new DimensionScore(10, 100, List.of("ACTIVE_LAST_7_DAYS +10")));
    lead.recordScore(breakdown, true, NOW);
    LeadEscalated escalated =
        new LeadEscalated("task-9", List.of("sales"), List.of("sales-leads"), NOW);
    lead.recordEscalation(escalated, NOW);
    lead.recordEscalation(escalated, NOW); // the retried job
    entities.flush();
    entities.clear();

    Lead found = leads.findById(id).orElseThrow();
    assertThat(found.scoreBreakdown()).isEqualTo(breakdown);
    assertThat(found.score()).isEqualTo(73);
    assertThat(found.status()).isEqualTo(LeadStatus.QUALIFYING);
    assertThat(found.escalations())
        .containsExactly(new EscalationEntry("task-9", "sales", "sales-leads", NOW));
  }
}
