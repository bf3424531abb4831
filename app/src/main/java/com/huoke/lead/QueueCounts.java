package com.huoke.lead;

import java.time.Instant;

/**
 * The leads of one source in the intake queue.
 *
 * @param pending waiting for capture, including those waiting to be retried
 * @param captured stored as leads with their intake process started
 * @param failed given up on after the configured attempts, or unreadable
 * @param lastReceivedAt when the newest of them was received; {@code null} when there are none
 */
public record QueueCounts(long pending, long captured, long failed, Instant lastReceivedAt) {

  /** No lead queued under the source. */
  public static final QueueCounts NONE = new QueueCounts(0, 0, 0, null);

  /** All leads ever queued under the source. */
  public long total() {
    return pending + captured + failed;
  }
}
