package com.huoke.lead;

import java.time.Instant;
import java.util.UUID;

/** A lead as one row of the lead list; the contact name masked like in {@link LeadView}. */
public record LeadSummary(
    UUID id,
    LeadStatus status,
    UUID customerId,
    SourcePlatform sourcePlatform,
    String contactName,
    String company,
    Integer score,
    Boolean hot,
    Instant createdAt) {}
