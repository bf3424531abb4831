package com.huoke.lead;

import java.time.Instant;
import java.util.UUID;

/** A lead as one row of the lead list. */
public record LeadSummary(
    UUID id,
    LeadStatus status,
    SourcePlatform sourcePlatform,
    String contactName,
    String company,
    Integer score,
    Boolean hot,
    Instant createdAt) {}
