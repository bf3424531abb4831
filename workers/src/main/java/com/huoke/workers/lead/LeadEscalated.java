package com.huoke.workers.lead;

import java.time.Instant;
import java.util.List;

/** A qualification task nobody claimed within its SLA was offered to other groups. */
public record LeadEscalated(
    String userTaskKey, List<String> fromGroups, List<String> toGroups, Instant escalatedAt) {
  public LeadEscalated {
    fromGroups = List.copyOf(fromGroups);
    toGroups = List.copyOf(toGroups);
  }
}
