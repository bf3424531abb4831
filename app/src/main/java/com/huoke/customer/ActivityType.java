package com.huoke.customer;

/**
 * What a timeline entry records. Entries the customer caused ({@link #customerInitiated()}) move
 * the customer's {@code lastActivityAt}, which the churn warning reads; staff edits do not.
 */
public enum ActivityType {
  LEAD_CAPTURED(true),
  LEAD_SCORED(false),
  CUSTOMER_CREATED(false),
  PROFILE_UPDATED(false),
  STAGE_CHANGED(false),
  TAGS_CHANGED(false),
  MERGED(false),
  SPLIT(false),
  DEAL_CREATED(false),
  DEAL_UPDATED(false),
  DEAL_WON(false),
  DEAL_LOST(false),
  /** A message from the customer on any channel (for the inbox). */
  MESSAGE_RECEIVED(true),
  /** Anything else the customer did: visited, downloaded, attended. */
  BEHAVIOUR(true);

  private final boolean customerInitiated;

  ActivityType(boolean customerInitiated) {
    this.customerInitiated = customerInitiated;
  }

  /** True when the customer, not staff or the system, did it. */
  public boolean customerInitiated() {
    return customerInitiated;
  }
}
