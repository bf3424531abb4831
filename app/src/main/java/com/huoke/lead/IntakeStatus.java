package com.huoke.lead;

/** Where a row of the intake queue stands. */
enum IntakeStatus {
  /** Waiting for capture (first time or after a failed attempt). */
  PENDING,
  /** Captured: {@code lead_id} names the lead. */
  CAPTURED,
  /** Given up on: {@code last_error} says why. */
  FAILED
}
