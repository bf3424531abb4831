package com.huoke.customer.segment;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A saved segment as the API shows it; {@code rules} as they were saved. */
public record SegmentView(
    UUID id,
    String name,
    String description,
    Map<String, Object> rules,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
