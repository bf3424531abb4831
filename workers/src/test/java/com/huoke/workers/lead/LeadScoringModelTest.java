package com.huoke.workers.lead;

import static com.huoke.workers.lead.LeadActivityType.CONSULTATION;
import static com.huoke.workers.lead.LeadActivityType.DOWNLOAD;
import static com.huoke.workers.lead.LeadActivityType.EMAIL_OPEN;
import static com.huoke.workers.lead.LeadActivityType.EVENT_ATTENDANCE;
import static com.huoke.workers.lead.LeadActivityType.LINK_CLICK;
import static com.huoke.workers.lead.LeadActivityType.MESSAGE_REPLY;
import static com.huoke.workers.lead.LeadActivityType.PAGE_VIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadScoringModelTest {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  final LeadScoringModel model =
      new LeadScoringModel(
          new LeadScoringProperties(
              List.of("Software", "教育"),
              List.of("CEO", "总监", "founder"),
              List.of(CompanySize.SMALL, CompanySize.MEDIUM)));

  @ParameterizedTest(name = "{0} gives {1} behaviour points")
  @CsvSource({"PAGE_VIEW, 5", "DOWNLOAD, 10", "CONSULTATION, 15", "EVENT_ATTENDANCE, 20"})
  void givesTheSeedsBehaviourPoints(LeadActivityType type, int points) {
    ScoreBreakdown breakdown = score(profile(null, null, null, activity(type, 1)));

    assertThat(breakdown.behaviour().points()).isEqualTo(points);
    assertThat(breakdown.behaviour().score()).isEqualTo(points * 2); // 50 points make 100
    assertThat(breakdown.behaviour().matchedRules()).containsExactly(type + " +" + points);
    assertThat(breakdown.engagement().points()).isZero();
  }

  @ParameterizedTest(name = "{0} gives {1} engagement points")
  @CsvSource({"EMAIL_OPEN, 3, 17", "LINK_CLICK, 5, 28", "MESSAGE_REPLY, 10, 56"})
  void givesTheSeedsEngagementPoints(LeadActivityType type, int points, int score) {
    ScoreBreakdown breakdown = score(profile(null, null, null, activity(type, 1)));

    assertThat(breakdown.engagement().points()).isEqualTo(points);
    assertThat(breakdown.engagement().score()).isEqualTo(score); // 18 points make 100
    assertThat(breakdown.behaviour().points()).isZero();
  }

  @Test
  void countsRepeatedActivitiesButCapsTheDimensionAt100() {
    ScoreBreakdown breakdown =
        score(
            profile(
                null,
                null,
                null,
                activity(PAGE_VIEW, 1),
                activity(PAGE_VIEW, 2),
                activity(EVENT_ATTENDANCE, 1),
                activity(EVENT_ATTENDANCE, 3),
                activity(DOWNLOAD, 1)));

    assertThat(breakdown.behaviour().points()).isEqualTo(60);
    assertThat(breakdown.behaviour().score()).isEqualTo(100);
    assertThat(breakdown.behaviour().matchedRules())
        .containsExactly("PAGE_VIEW x2 +10", "DOWNLOAD +10", "EVENT_ATTENDANCE x2 +40");
  }

  @Test
  void rewardsATargetIndustryCaseInsensitively() {
    DimensionScore attributes = score(profile(" software ", null, null)).attributes();

    assertThat(attributes.points()).isEqualTo(20);
    assertThat(attributes.score()).isEqualTo(44); // 20 of 45
    assertThat(attributes.matchedRules()).containsExactly("TARGET_INDUSTRY +20");
  }

  @Test
  void rewardsADecisionMakerWhoseTitleContainsARole() {
    assertThat(score(profile(null, "Co-Founder & CEO", null)).attributes().points()).isEqualTo(15);
    assertThat(score(profile(null, "市场总监", null)).attributes().points()).isEqualTo(15);
    assertThat(score(profile(null, "Marketing intern", null)).attributes().points()).isZero();
  }

  @Test
  void rewardsATargetCompanySize() {
    assertThat(score(profile(null, null, CompanySize.MEDIUM)).attributes().matchedRules())
        .containsExactly("COMPANY_SIZE_MATCH +10");
    assertThat(score(profile(null, null, CompanySize.ENTERPRISE)).attributes().points()).isZero();
  }

  @Test
  void givesFullAttributeMarksToAPerfectFit() {
    DimensionScore attributes = score(profile("教育", "总监", CompanySize.SMALL)).attributes();

    assertThat(attributes.points()).isEqualTo(45);
    assertThat(attributes.score()).isEqualTo(100);
  }

  @Test
  void matchesNothingWhenNoTargetsAreConfigured() {
    LeadScoringModel unconfigured =
        new LeadScoringModel(new LeadScoringProperties(null, null, null));

    ScoreBreakdown breakdown =
        unconfigured.score(profile("Software", "CEO", CompanySize.SMALL), NOW);

    assertThat(breakdown.attributes().points()).isZero();
  }

  @ParameterizedTest(name = "last active {0} days ago: {1} points, score {2}")
  @CsvSource({"0, 10, 100", "7, 10, 100", "8, 0, 33", "30, 0, 33", "31, -5, 0"})
  void scoresRecencyByTheLastActivity(int daysAgo, int points, int score) {
    DimensionScore recency =
        score(profile(null, null, null, activity(PAGE_VIEW, 60), activity(EMAIL_OPEN, daysAgo)))
            .recency();

    assertThat(recency.points()).isEqualTo(points);
    assertThat(recency.score()).isEqualTo(score);
  }

  @Test
  void treatsALeadWithoutActivityAsInactive() {
    DimensionScore recency = score(profile(null, null, null)).recency();

    assertThat(recency.points()).isEqualTo(-5);
    assertThat(recency.score()).isZero();
    assertThat(recency.matchedRules()).containsExactly("INACTIVE_30_DAYS -5");
  }

  @Test
  void weighsTheDimensions40_30_20_10() {
    // behaviour 30/50 = 60, attributes 45/45 = 100, engagement 8/18 = 44, recency 100
    ScoreBreakdown breakdown =
        score(
            profile(
                "software",
                "CEO",
                CompanySize.SMALL,
                activity(CONSULTATION, 0),
                activity(DOWNLOAD, 1),
                activity(PAGE_VIEW, 1),
                activity(EMAIL_OPEN, 2),
                activity(LINK_CLICK, 2)));

    assertThat(breakdown.behaviour().score()).isEqualTo(60);
    assertThat(breakdown.attributes().score()).isEqualTo(100);
    assertThat(breakdown.engagement().score()).isEqualTo(44);
    assertThat(breakdown.recency().score()).isEqualTo(100);
    // 0.4*60 + 0.3*100 + 0.2*44 + 0.1*100 = 72.8
    assertThat(breakdown.total()).isEqualTo(73);
  }

  @Test
  void givesAnUnknownIdleLeadZero() {
    assertThat(score(profile("retail", "clerk", CompanySize.MICRO)).total()).isZero();
  }

  @Test
  void reachesExactly100ForAFullyEngagedPerfectFit() {
    ScoreBreakdown breakdown =
        score(
            profile(
                "software",
                "CEO",
                CompanySize.MEDIUM,
                activity(PAGE_VIEW, 0),
                activity(DOWNLOAD, 0),
                activity(CONSULTATION, 0),
                activity(EVENT_ATTENDANCE, 0),
                activity(EMAIL_OPEN, 0),
                activity(LINK_CLICK, 0),
                activity(MESSAGE_REPLY, 0)));

    assertThat(breakdown.total()).isEqualTo(100);
  }

  private ScoreBreakdown score(LeadProfile profile) {
    return model.score(profile, NOW);
  }

  static LeadProfile profile(
      String industry, String jobTitle, CompanySize size, LeadActivity... activities) {
    return new LeadProfile(industry, jobTitle, size, Arrays.asList(activities));
  }

  static LeadActivity activity(LeadActivityType type, int daysAgo) {
    return new LeadActivity(type, NOW.minus(Duration.ofDays(daysAgo)));
  }
}
