package com.huoke.lead;

import com.huoke.workers.lead.QualificationOutcome;
import com.huoke.workers.lead.ScoreBreakdown;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One lead as sales and ops see it: what was captured (contact values masked unless the caller may
 * see personal data), the customer it belongs to, its score breakdown, the qualification outcome,
 * escalations, and the live state of its intake process ({@code null} parts are not there yet:
 * {@code score} before scoring, {@code process} when the engine no longer knows the instance,
 * {@code customerId} for leads captured before customers existed).
 */
public record LeadView(
    UUID id,
    LeadStatus status,
    UUID customerId,
    NewLead captured,
    Score score,
    Qualification qualification,
    List<Escalation> escalations,
    String assignedTo,
    Process process,
    Instant createdAt,
    Instant updatedAt) {

  /** The total (0–100), whether it cleared the hot threshold, and its four parts. */
  public record Score(int total, boolean hot, ScoreBreakdown breakdown, Instant scoredAt) {}

  /** What sales decided in the qualification task. */
  public record Qualification(
      QualificationOutcome outcome, String notes, String nextStep, Instant qualifiedAt) {}

  /** The qualification task was offered to other groups because nobody claimed it in time. */
  public record Escalation(
      String userTaskKey, List<String> fromGroups, List<String> toGroups, Instant escalatedAt) {}

  /** The lead's intake process instance as the engine reports it now. */
  public record Process(
      String processInstanceKey,
      String state,
      boolean hasIncident,
      List<String> activeElementIds,
      List<OpenTask> openTasks,
      List<ProcessIncident> incidents) {}

  /** A user task waiting for someone in {@code candidateGroups} (or its assignee). */
  public record OpenTask(
      String userTaskKey,
      String elementId,
      String name,
      String assignee,
      List<String> candidateGroups,
      String formId,
      OffsetDateTime createdAt) {}

  /** A step that failed and waits for ops to fix and retry it. */
  public record ProcessIncident(
      String incidentKey, String elementId, String errorType, String errorMessage) {}
}
