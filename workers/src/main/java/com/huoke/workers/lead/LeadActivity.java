package com.huoke.workers.lead;

import java.time.Instant;
import java.util.Objects;

/** One thing a lead did and when: the input of the behaviour, engagement and recency scores. */
public record LeadActivity(LeadActivityType type, Instant occurredAt) {
  public LeadActivity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(occurredAt, "occurredAt");
  }
}
