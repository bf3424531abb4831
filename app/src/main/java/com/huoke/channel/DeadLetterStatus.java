package com.huoke.channel;

/** Where a dead letter stands with ops. */
enum DeadLetterStatus {
  /** Waiting: replay it once the cause is fixed, or discard it. */
  OPEN,
  /** Decoded and stored on replay; its events are on the queue / in the inbox. */
  REPLAYED,
  /** Dropped by ops; kept for the record. */
  DISCARDED
}
