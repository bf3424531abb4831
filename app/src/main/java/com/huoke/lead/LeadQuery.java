package com.huoke.lead;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Filters and order of the lead list; {@code null} or empty filters do not filter.
 *
 * @param statuses any of these statuses
 * @param platforms any of these source platforms
 * @param createdFrom created at or after
 * @param createdTo created before
 * @param text contained in the contact name or the company, ignoring case
 * @param sort in order of precedence; the newest first when empty
 */
public record LeadQuery(
    Set<LeadStatus> statuses,
    Set<SourcePlatform> platforms,
    String sourceChannel,
    String sourceCampaign,
    String assignedTo,
    Boolean hot,
    Integer minScore,
    Integer maxScore,
    Instant createdFrom,
    Instant createdTo,
    String text,
    List<Order> sort) {

  public LeadQuery {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
    sort = sort == null ? List.of() : List.copyOf(sort);
  }

  /** Every lead, newest first. */
  public static LeadQuery all() {
    return new LeadQuery(
        null, null, null, null, null, null, null, null, null, null, null, List.of());
  }

  /** One sort key of the lead list. */
  public record Order(Field field, boolean descending) {}

  /** What the lead list can be sorted by, with the name the API uses for it. */
  public enum Field {
    CREATED_AT("createdAt"),
    UPDATED_AT("updatedAt"),
    SCORE("score"),
    CONTACT_NAME("contactName");

    private final String apiName;

    Field(String apiName) {
      this.apiName = apiName;
    }

    public String apiName() {
      return apiName;
    }
  }
}
