package com.huoke.customer;

/** What changed in a {@link CustomerChanged}. */
public enum CustomerChange {
  CREATED,
  LEAD_ATTACHED,
  PROFILE,
  STAGE,
  SCORE,
  TAGS,
  FIELDS,
  DEALS,
  ACTIVITY,
  MERGED,
  SPLIT
}
