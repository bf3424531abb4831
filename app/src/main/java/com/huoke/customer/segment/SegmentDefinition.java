package com.huoke.customer.segment;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A segment to save: {@code {"name": "高分意向客户", "rules": {"all": [{"field": "stage", "operator":
 * "eq", "value": "INTERESTED"}, {"field": "score", "operator": "gte", "value": 60}]}}}.
 */
public record SegmentDefinition(
    @NotBlank @Size(max = 100) String name,
    @Size(max = 500) String description,
    @NotNull JsonNode rules) {

  public SegmentDefinition {
    name = name == null ? null : name.strip();
  }
}
