package com.huoke.lead;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leads with known state for list and statistics tests: captured through {@link LeadManagement}
 * (with workers off, so nothing changes them after), then put where the test needs them.
 */
final class LeadSeeds {

  private final LeadManagement leads;
  private final JdbcTemplate jdbc;
  private final ObjectMapper json;

  LeadSeeds(LeadManagement leads, JdbcTemplate jdbc, ObjectMapper json) {
    this.leads = leads;
    this.jdbc = jdbc;
    this.json = json;
  }

  /** A lead to seed: the captured fields, then its state. */
  static Seed lead(String platform, String contactName) {
    return new Seed(platform, contactName);
  }

  UUID seed(Seed seed) {
    UUID id = leads.capture(json.convertValue(seed.fields, NewLead.class)).id();
    jdbc.update(
        "UPDATE leads SET status = ?, score = ?, hot = ?, assigned_to = ?, created_at = ?,"
            + " updated_at = ? WHERE id = ?",
        seed.status.name(),
        seed.score,
        seed.score == null ? null : seed.score >= 60,
        seed.assignedTo,
        at(seed.createdAt),
        at(seed.createdAt),
        id);
    return id;
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** Builder of one seeded lead; hot means a score of 60 or more, as the default threshold. */
  static final class Seed {
    private final Map<String, Object> fields = new LinkedHashMap<>();
    private LeadStatus status = LeadStatus.NEW;
    private Integer score;
    private String assignedTo;
    private Instant createdAt = Instant.now();

    private Seed(String platform, String contactName) {
      fields.put("sourcePlatform", platform);
      fields.put("contactName", contactName);
      fields.put("contactPhone", "13800138000");
    }

    Seed with(String field, String value) {
      fields.put(field, value);
      return this;
    }

    Seed status(LeadStatus status) {
      this.status = status;
      return this;
    }

    Seed score(Integer score) {
      this.score = score;
      return this;
    }

    Seed assignedTo(String assignee) {
      this.assignedTo = assignee;
      return this;
    }

    Seed createdAt(String instant) {
      this.createdAt = Instant.parse(instant);
      return this;
    }
  }
}
