package com.huoke.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code mergedId} was merged into {@code survivorId}: its identities, sources, tags, field values,
 * activities and deals now belong to the survivor, and it stays as a tombstone pointing there.
 * Published inside the merging transaction, so listeners re-point their links atomically.
 */
public record CustomersMerged(
    UUID survivorId, UUID mergedId, boolean automatic, String reason, Instant mergedAt) {}
