package com.huoke.customer.stagerule;

import static com.huoke.testsupport.NewCustomers.person;
import static com.huoke.testsupport.NewCustomers.uniqueMobile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.customer.ActivityType;
import com.huoke.customer.CustomerCapture;
import com.huoke.customer.CustomerDeals;
import com.huoke.customer.CustomerDirectory;
import com.huoke.customer.CustomerProfiles;
import com.huoke.customer.CustomerStage;
import com.huoke.customer.CustomerTags;
import com.huoke.customer.CustomerTimeline;
import com.huoke.customer.CustomerUpdate;
import com.huoke.customer.DealInput;
import com.huoke.customer.DealStage;
import com.huoke.customer.DealView;
import com.huoke.customer.LeadOrigin;
import com.huoke.customer.TagCategory;
import com.huoke.customer.TagChanges;
import com.huoke.customer.TagRef;
import com.huoke.customer.TimelineEntry;
import com.huoke.customer.segment.SegmentRules;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The default stage rules moving customers as their data changes — up on scores and deals, down
 * after 90 quiet days — each move on the timeline with the rule as its reason. Run on H2 and
 * PostgreSQL by the subclasses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StageRuleScenario {

  @Autowired CustomerProfiles profiles;
  @Autowired CustomerDeals deals;
  @Autowired CustomerDirectory directory;
  @Autowired CustomerTags tags;
  @Autowired CustomerTimeline timeline;
  @Autowired StageRules stageRules;
  @Autowired SegmentRules segmentRules;
  @Autowired ObjectMapper json;

  @Test
  void anOpenDealMakesAProspectAnOpportunity() {
    UUID customer = profiles.create(person("王芳", null)).id();

    deals.open(customer, deal("年度订阅"));

    assertThat(stage(customer)).isEqualTo(CustomerStage.OPPORTUNITY);
    TimelineEntry move = stageMoves(customer).get(0);
    assertThat(move.summary()).isEqualTo("Stage 潜在 → 商机: open deal");
    assertThat(move.details()).containsEntry("from", "PROSPECT").containsEntry("to", "OPPORTUNITY");
    assertThat(move.actor()).isEqualTo("system");
  }

  @Test
  void wonDealsMakeACustomerThenARepeatCustomer() {
    UUID customer = profiles.create(person("李雷", null)).id();

    win(customer, deals.open(customer, deal("首单")));
    assertThat(stage(customer)).isEqualTo(CustomerStage.CUSTOMER);
    win(customer, deals.open(customer, deal("续费")));

    assertThat(stage(customer)).isEqualTo(CustomerStage.REPEAT);
    assertThat(stageMoves(customer))
        .extracting(TimelineEntry::summary)
        .containsExactly(
            "Stage 成交 → 复购: second won deal",
            "Stage 商机 → 成交: won deal",
            "Stage 潜在 → 商机: open deal");
  }

  @Test
  void aHotLeadScoreMakesAnActiveProspectInterested() {
    UUID lead = UUID.randomUUID();
    UUID customer =
        directory
            .resolve(
                new CustomerCapture(
                    lead,
                    "韩梅梅",
                    uniqueMobile(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    new LeadOrigin("DOUYIN", null, null, null, null, Instant.now())))
            .customerId();

    directory.recordLeadScore(lead, 59);
    assertThat(stage(customer)).isEqualTo(CustomerStage.PROSPECT);
    directory.recordLeadScore(lead, 75);

    assertThat(stage(customer)).isEqualTo(CustomerStage.INTERESTED);
    assertThat(stageMoves(customer).get(0).summary())
        .isEqualTo("Stage 潜在 → 意向: score ≥ 60 and active within 90 days");
  }

  @Test
  void anInterestedCustomerQuietFor90DaysFallsBackToProspect() {
    UUID customer = profiles.create(person("赵敏", CustomerStage.INTERESTED)).id();
    Instant created = Instant.now();

    assertThat(stageRules.apply(customer, created.plus(89, ChronoUnit.DAYS))).isEmpty();
    assertThat(stageRules.apply(customer, created.plus(91, ChronoUnit.DAYS)))
        .contains(CustomerStage.PROSPECT);

    assertThat(stage(customer)).isEqualTo(CustomerStage.PROSPECT);
    assertThat(stageMoves(customer).get(0).summary())
        .isEqualTo("Stage 意向 → 潜在: interested but no activity for 90 days");
  }

  @Test
  void aStageSetByHandStandsUntilTheCustomersDataChanges() {
    UUID customer = profiles.create(person("周芷若", null)).id();
    deals.open(customer, deal("试用转正"));
    assertThat(stage(customer)).isEqualTo(CustomerStage.OPPORTUNITY);

    profiles.update(customer, stageTo(CustomerStage.PROSPECT));
    assertThat(stage(customer)).isEqualTo(CustomerStage.PROSPECT);

    tags.change(
        customer, new TagChanges(List.of(new TagRef(TagCategory.BEHAVIOUR, "下载资料")), List.of()));
    assertThat(stage(customer)).isEqualTo(CustomerStage.OPPORTUNITY);
  }

  @Test
  void aTombstoneIsLeftAlone() {
    assertThat(stageRules.apply(UUID.randomUUID(), Instant.now())).isEmpty();
  }

  @Test
  void refusesToStartWithAConditionThatIsNoJson() {
    StageRuleProperties properties = rules("{\"field\": \"score\", ");

    assertThatThrownBy(() -> new ConfiguredStageRules(properties, segmentRules, json))
        .hasMessageContaining("huoke.customers.stage-rules.rules[0].condition")
        .hasMessageContaining("to be JSON");
  }

  @Test
  void refusesToStartWithAnInvalidCondition() {
    StageRuleProperties properties =
        rules("{\"field\": \"score\", \"operator\": \"contains\", \"value\": \"6\"}");

    assertThatThrownBy(() -> new ConfiguredStageRules(properties, segmentRules, json))
        .hasMessageContaining("huoke.customers.stage-rules.rules[0].condition.operator");
  }

  @Test
  void waitsForACustomFieldToBeDefinedInsteadOfRefusingToStart() {
    StageRuleProperties properties =
        new StageRuleProperties(
            true,
            List.of(
                new StageRuleProperties.Rule(
                    "vip budget",
                    "{\"field\": \"customFields.undefined_budget\", \"operator\": \"gte\","
                        + " \"value\": 1}",
                    CustomerStage.OPPORTUNITY,
                    null),
                StageRuleProperties.DEFAULT_RULES.get(1)));

    ConfiguredStageRules configured = new ConfiguredStageRules(properties, segmentRules, json);

    assertThat(configured.current()).extracting(StageRule::name).containsExactly("open deal");
  }

  private static StageRuleProperties rules(String condition) {
    return new StageRuleProperties(
        true,
        List.of(
            new StageRuleProperties.Rule(
                "broken", condition, CustomerStage.INTERESTED, StageRuleDirection.UP_ONLY)));
  }

  private CustomerStage stage(UUID customer) {
    return profiles.find(customer).stage();
  }

  private List<TimelineEntry> stageMoves(UUID customer) {
    return timeline.page(customer, 0, 100).items().stream()
        .filter(entry -> entry.type() == ActivityType.STAGE_CHANGED)
        .toList();
  }

  private void win(UUID customer, DealView deal) {
    deals.update(
        customer,
        deal.id(),
        new DealInput(deal.title(), deal.amount(), deal.currency(), DealStage.WON, null));
  }

  private static DealInput deal(String title) {
    return new DealInput(title, new java.math.BigDecimal("9800"), null, null, null);
  }

  private static CustomerUpdate stageTo(CustomerStage stage) {
    return new CustomerUpdate(
        null, null, null, null, null, null, null, null, stage, null, Map.of(), null);
  }
}
