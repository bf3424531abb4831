package com.huoke.lead;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/**
 * {@code GET /api/v1/leads/{id}}: the lead as {@link LeadView} shows it, plus sales' notes, its
 * conversion, and the version an edit must name ({@code If-Match} or {@code version}).
 */
public record LeadDetails(
    @JsonUnwrapped LeadView lead, String notes, Conversion conversion, long version) {

  /** When and by whom the lead was converted (已转化). */
  public record Conversion(Instant convertedAt, String convertedBy) {}
}
