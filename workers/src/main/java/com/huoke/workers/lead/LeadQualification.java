package com.huoke.workers.lead;

import java.util.Objects;

/** The result of the qualification task: outcome, free-text notes and the agreed next step. */
public record LeadQualification(QualificationOutcome outcome, String notes, String nextStep) {
  public LeadQualification {
    Objects.requireNonNull(outcome, "outcome");
  }
}
