package com.huoke.workers.lead;

import java.util.Locale;

/** What sales decided in the "Qualify lead" task (form field {@code outcome}). */
public enum QualificationOutcome {
  QUALIFIED,
  DISQUALIFIED;

  /** Reads the form value ({@code qualified} / {@code disqualified}), case-insensitively. */
  public static QualificationOutcome fromFormValue(String value) {
    if (value != null) {
      for (QualificationOutcome outcome : values()) {
        if (outcome.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
          return outcome;
        }
      }
    }
    throw new IllegalArgumentException(
        "Expected outcome 'qualified' or 'disqualified', but got '%s'".formatted(value));
  }
}
