package com.huoke.customer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One timeline entry as the API shows it. */
public record TimelineEntry(
    long id,
    ActivityType type,
    Instant occurredAt,
    String summary,
    Map<String, Object> details,
    UUID leadId,
    String actor) {}
