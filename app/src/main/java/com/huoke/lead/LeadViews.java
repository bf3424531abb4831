package com.huoke.lead;

import java.util.Arrays;
import java.util.List;

/** Maps the lead entity to the API's views. */
final class LeadViews {

  private LeadViews() {}

  static LeadView of(Lead lead, LeadView.Process process) {
    LeadView.Score score =
        lead.score() == null
            ? null
            : new LeadView.Score(
                lead.score(),
                Boolean.TRUE.equals(lead.hot()),
                lead.scoreBreakdown(),
                lead.scoredAt());
    LeadView.Qualification qualification =
        lead.qualificationOutcome() == null
            ? null
            : new LeadView.Qualification(
                lead.qualificationOutcome(),
                lead.qualificationNotes(),
                lead.nextStep(),
                lead.qualifiedAt());
    List<LeadView.Escalation> escalations =
        lead.escalations().stream()
            .map(
                e ->
                    new LeadView.Escalation(
                        e.userTaskKey(),
                        groups(e.fromGroups()),
                        groups(e.toGroups()),
                        e.escalatedAt()))
            .toList();
    return new LeadView(
        lead.id(),
        lead.status(),
        lead.captured(),
        score,
        qualification,
        escalations,
        lead.assignedTo(),
        process,
        lead.createdAt(),
        lead.updatedAt());
  }

  static LeadSummary summary(Lead lead) {
    return new LeadSummary(
        lead.id(),
        lead.status(),
        lead.sourcePlatform(),
        lead.contactName(),
        lead.company(),
        lead.score(),
        lead.hot(),
        lead.createdAt());
  }

  private static List<String> groups(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
