package com.huoke.customer;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A timeline entry to record: {@code summary} is one line for people, {@code details} the
 * structured rest (null values are dropped); neither may hold personal data in clear (mask it
 * first). {@code leadId} ties it to a lead, so a split moves it with the lead.
 */
public record NewActivity(
    ActivityType type,
    Instant occurredAt,
    String summary,
    Map<String, Object> details,
    UUID leadId) {

  public static final int SUMMARY_MAX = 500;

  public NewActivity {
    Map<String, Object> present = new LinkedHashMap<>();
    if (details != null) {
      details.forEach(
          (key, value) -> {
            if (value != null) {
              present.put(key, value);
            }
          });
    }
    details = Collections.unmodifiableMap(present);
    summary =
        summary != null && summary.length() > SUMMARY_MAX
            ? summary.substring(0, SUMMARY_MAX - 1) + "…"
            : summary;
  }

  /** An entry without details or lead. */
  public static NewActivity of(ActivityType type, Instant occurredAt, String summary) {
    return new NewActivity(type, occurredAt, summary, Map.of(), null);
  }
}
