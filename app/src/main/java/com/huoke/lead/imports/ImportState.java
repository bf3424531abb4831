package com.huoke.lead.imports;

/** Where an import stands. */
public enum ImportState {
  /** Stored, waiting for its run. */
  RECEIVED,
  /** Being read (or resumed after a crash). */
  RUNNING,
  /** Every row read: valid ones are queued, the others rejected or duplicates. */
  DONE,
  /** The file could not be read as a whole, e.g. not the declared charset or no header. */
  FAILED
}
