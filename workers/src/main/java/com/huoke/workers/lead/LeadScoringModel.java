package com.huoke.workers.lead;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The seed's rule-based lead score (PRD §2.2.3). Each dimension's points are scaled to 0–100 by the
 * points that make a full mark, then weighed 40/30/20/10 %.
 *
 * <p>Full marks: behaviour 50 (one of each behaviour: 5+10+15+20) and engagement 18 (one of each
 * answer: 3+5+10), so a lead that did each thing once is fully engaged and repeats cannot push a
 * dimension past 100; attributes 45 (all three matches); recency spans −5 (nothing in 30 days, or
 * no activity known) to +10 (active in the last 7 days).
 */
public final class LeadScoringModel {

  static final int TARGET_INDUSTRY_POINTS = 20;
  static final int DECISION_MAKER_POINTS = 15;
  static final int COMPANY_SIZE_POINTS = 10;
  static final int ACTIVE_RECENTLY_POINTS = 10;
  static final int INACTIVE_POINTS = -5;

  static final int BEHAVIOUR_FULL_MARKS = 50;
  static final int ENGAGEMENT_FULL_MARKS = 18;
  static final int ATTRIBUTES_FULL_MARKS =
      TARGET_INDUSTRY_POINTS + DECISION_MAKER_POINTS + COMPANY_SIZE_POINTS;

  static final Duration RECENT = Duration.ofDays(7);
  static final Duration INACTIVE_AFTER = Duration.ofDays(30);

  private final List<String> targetIndustries;
  private final List<String> decisionMakerRoles;
  private final List<CompanySize> targetCompanySizes;

  public LeadScoringModel(LeadScoringProperties properties) {
    this.targetIndustries = normalised(properties.targetIndustries());
    this.decisionMakerRoles = normalised(properties.decisionMakerRoles());
    this.targetCompanySizes = List.copyOf(properties.targetCompanySizes());
  }

  /** Scores a lead as of {@code now}. */
  public ScoreBreakdown score(LeadProfile lead, Instant now) {
    return ScoreBreakdown.of(
        activityScore(lead.activities(), ScoreDimension.BEHAVIOUR, BEHAVIOUR_FULL_MARKS),
        attributeScore(lead),
        activityScore(lead.activities(), ScoreDimension.ENGAGEMENT, ENGAGEMENT_FULL_MARKS),
        recencyScore(lead.activities(), now));
  }

  private static DimensionScore activityScore(
      List<LeadActivity> activities, ScoreDimension dimension, int fullMarks) {
    Map<LeadActivityType, Integer> counts = new EnumMap<>(LeadActivityType.class);
    for (LeadActivity activity : activities) {
      if (activity.type().dimension() == dimension) {
        counts.merge(activity.type(), 1, Integer::sum);
      }
    }
    int points = 0;
    List<String> rules = new ArrayList<>();
    for (Map.Entry<LeadActivityType, Integer> entry : counts.entrySet()) {
      int earned = entry.getKey().points() * entry.getValue();
      points += earned;
      rules.add(
          entry.getValue() == 1
              ? "%s +%d".formatted(entry.getKey(), earned)
              : "%s x%d +%d".formatted(entry.getKey(), entry.getValue(), earned));
    }
    return new DimensionScore(points, scaled(points, 0, fullMarks), rules);
  }

  private DimensionScore attributeScore(LeadProfile lead) {
    int points = 0;
    List<String> rules = new ArrayList<>();
    if (lead.industry() != null && targetIndustries.contains(normalised(lead.industry()))) {
      points += TARGET_INDUSTRY_POINTS;
      rules.add("TARGET_INDUSTRY +" + TARGET_INDUSTRY_POINTS);
    }
    if (lead.jobTitle() != null && isDecisionMaker(normalised(lead.jobTitle()))) {
      points += DECISION_MAKER_POINTS;
      rules.add("DECISION_MAKER +" + DECISION_MAKER_POINTS);
    }
    if (lead.companySize() != null && targetCompanySizes.contains(lead.companySize())) {
      points += COMPANY_SIZE_POINTS;
      rules.add("COMPANY_SIZE_MATCH +" + COMPANY_SIZE_POINTS);
    }
    return new DimensionScore(points, scaled(points, 0, ATTRIBUTES_FULL_MARKS), rules);
  }

  private boolean isDecisionMaker(String jobTitle) {
    return decisionMakerRoles.stream().anyMatch(jobTitle::contains);
  }

  private static DimensionScore recencyScore(List<LeadActivity> activities, Instant now) {
    Optional<Instant> last =
        activities.stream().map(LeadActivity::occurredAt).max(Comparator.naturalOrder());
    int points;
    String rule;
    if (last.isPresent() && !last.get().isBefore(now.minus(RECENT))) {
      points = ACTIVE_RECENTLY_POINTS;
      rule = "ACTIVE_LAST_7_DAYS +" + ACTIVE_RECENTLY_POINTS;
    } else if (last.isEmpty() || last.get().isBefore(now.minus(INACTIVE_AFTER))) {
      points = INACTIVE_POINTS;
      rule = "INACTIVE_30_DAYS " + INACTIVE_POINTS;
    } else {
      points = 0;
      rule = "ACTIVE_LAST_30_DAYS +0";
    }
    return new DimensionScore(
        points, scaled(points, INACTIVE_POINTS, ACTIVE_RECENTLY_POINTS), List.of(rule));
  }

  /** Maps points in {@code [min, fullMarks]} to 0–100, rounding half up and capping at 100. */
  private static int scaled(int points, int min, int fullMarks) {
    int clamped = Math.max(min, Math.min(points, fullMarks));
    return (int) Math.round((clamped - min) * 100.0 / (fullMarks - min));
  }

  private static String normalised(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  private static List<String> normalised(List<String> values) {
    return values.stream().filter(v -> !v.isBlank()).map(LeadScoringModel::normalised).toList();
  }
}
