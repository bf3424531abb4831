package com.huoke.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One merge as the API shows it; {@code matchedOn} lists identity kinds, empty when manual. */
public record MergeView(
    UUID id,
    UUID survivorId,
    UUID mergedId,
    String reason,
    List<String> matchedOn,
    boolean automatic,
    String actor,
    Instant mergedAt) {}
