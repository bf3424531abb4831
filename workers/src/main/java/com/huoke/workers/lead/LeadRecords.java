package com.huoke.workers.lead;

/**
 * The lead store as the lead-intake workers see it; the app implements it. Every write is
 * idempotent because a job may run again after its result was lost. Unknown ids raise {@link
 * UnknownLeadException}.
 */
public interface LeadRecords {

  /** What scoring needs to know about the lead. */
  LeadProfile profile(String leadId);

  /** Stores the score and its breakdown; a hot lead now awaits qualification by sales. */
  void recordScore(String leadId, ScoreBreakdown breakdown, boolean hot);

  /** Puts a cold lead into the nurture pool. */
  void addToNurturePool(String leadId);

  /**
   * Notes that the lead's qualification task was escalated; a repeat for the same task is a no-op.
   */
  void recordEscalation(String leadId, LeadEscalated escalation);

  /** Stores the outcome sales gave the lead in its qualification task. */
  void recordQualification(String leadId, LeadQualification qualification);
}
