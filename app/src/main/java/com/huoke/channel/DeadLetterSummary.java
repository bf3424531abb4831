package com.huoke.channel;

import java.time.Instant;
import java.util.UUID;

/** A dead letter in the list: why it failed and where it stands, without the request. */
record DeadLetterSummary(
    UUID id,
    UUID channelId,
    String platform,
    DeadLetterStatus status,
    String reasonCode,
    String reason,
    int bodyBytes,
    Instant receivedAt,
    int attempts,
    Instant lastAttemptAt,
    Instant resolvedAt) {

  static DeadLetterSummary of(DeadLetter letter) {
    return new DeadLetterSummary(
        letter.id(),
        letter.channelId(),
        letter.platform(),
        letter.status(),
        letter.reasonCode(),
        letter.reason(),
        letter.bodyBytes(),
        letter.receivedAt(),
        letter.attempts(),
        letter.lastAttemptAt(),
        letter.resolvedAt());
  }
}
