package com.huoke.lead;

import java.util.UUID;

/**
 * An edit was based on another version of the lead than the stored one: someone (or a worker)
 * changed it since. Answered with 412 when the version came as {@code If-Match}, else 409.
 */
public class LeadVersionMismatchException extends RuntimeException {

  private final long currentVersion;
  private final boolean fromIfMatch;

  public LeadVersionMismatchException(
      UUID id, long expectedVersion, long currentVersion, boolean fromIfMatch) {
    super(
        "Expected lead '%s' at version %d, but it is at version %d: load it again and redo the edit"
            .formatted(id, expectedVersion, currentVersion));
    this.currentVersion = currentVersion;
    this.fromIfMatch = fromIfMatch;
  }

  public long currentVersion() {
    return currentVersion;
  }

  /** Whether the stale version came as an {@code If-Match} precondition. */
  public boolean fromIfMatch() {
    return fromIfMatch;
  }
}
