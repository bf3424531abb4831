package com.huoke.workers.lead;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * When a hot lead's qualification SLA runs out: a task still unclaimed is offered to the escalation
 * groups and the escalation is recorded on the lead; a claimed task is left with its owner.
 */
public final class LeadEscalation {

  private final QualificationTasks tasks;
  private final LeadRecords records;
  private final Clock clock;

  public LeadEscalation(QualificationTasks tasks, LeadRecords records, Clock clock) {
    this.tasks = tasks;
    this.records = records;
    this.clock = clock;
  }

  public EscalateLeadResult escalateIfUnclaimed(String leadId, List<String> escalationGroups) {
    if (escalationGroups.isEmpty()) {
      throw new IllegalArgumentException("Expected at least one escalation group, but got none");
    }
    Optional<QualificationTasks.OpenTask> open = tasks.findOpen(leadId);
    if (open.isEmpty() || open.get().isClaimed()) {
      return new EscalateLeadResult(false);
    }
    QualificationTasks.OpenTask task = open.get();
    tasks.offerTo(task.userTaskKey(), escalationGroups);
    records.recordEscalation(
        leadId,
        new LeadEscalated(
            task.userTaskKey(), task.candidateGroups(), escalationGroups, clock.instant()));
    return new EscalateLeadResult(true);
  }
}
