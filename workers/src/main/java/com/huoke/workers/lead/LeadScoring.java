package com.huoke.workers.lead;

import java.time.Clock;

/**
 * Scores a stored lead, keeps the breakdown on the lead and tells the process whether it is hot.
 */
public final class LeadScoring {

  private final LeadRecords records;
  private final LeadScoringModel model;
  private final Clock clock;

  public LeadScoring(LeadRecords records, LeadScoringModel model, Clock clock) {
    this.records = records;
    this.model = model;
    this.clock = clock;
  }

  /** A lead is hot when its total reaches {@code hotThreshold}, the process's configured bar. */
  public ScoreLeadResult score(String leadId, int hotThreshold) {
    ScoreBreakdown breakdown = model.score(records.profile(leadId), clock.instant());
    boolean hot = breakdown.total() >= hotThreshold;
    records.recordScore(leadId, breakdown, hot);
    return new ScoreLeadResult(breakdown.total(), hot);
  }
}
