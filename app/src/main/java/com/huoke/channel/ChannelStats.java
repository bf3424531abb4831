package com.huoke.channel;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A channel's figures.
 *
 * @param stored what the database holds for the channel, however long it has run
 * @param sinceStart webhook traffic counted in memory since the application started, including what
 *     is never stored (rejections, re-deliveries)
 * @param lastReceivedAt the latest request or stored event, whichever is newer; null if none
 */
record ChannelStats(
    UUID channelId, Stored stored, WebhookMetrics.SinceStart sinceStart, Instant lastReceivedAt) {

  /**
   * Durable figures, from stored rows.
   *
   * @param leadsQueued leads ever put on the intake queue by this channel (replays included)
   * @param leadsPending of those, waiting for capture
   * @param leadsCaptured of those, stored as leads with their intake process started
   * @param leadsFailed of those, given up on by the intake processor
   * @param inboxMessages customer messages in the inbox
   * @param deadLetters dead letters by status
   */
  record Stored(
      long leadsQueued,
      long leadsPending,
      long leadsCaptured,
      long leadsFailed,
      long inboxMessages,
      Map<DeadLetterStatus, Long> deadLetters) {}
}
