package com.huoke.customer.segment;

import java.time.Instant;
import java.util.UUID;

/** How many live customers a saved segment matched at {@code countedAt}. */
public record SegmentCount(UUID segmentId, long count, Instant countedAt) {}
