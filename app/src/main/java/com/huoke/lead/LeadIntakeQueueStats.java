package com.huoke.lead;

/** Read side of the {@link LeadIntakeQueue}: how far the leads of one source have got. */
public interface LeadIntakeQueueStats {

  /**
   * Counts of the leads queued under {@code source} (e.g. {@code channel:<id>}, {@code
   * import:<id>}); all zero when none were.
   */
  QueueCounts countsBySource(String source);
}
