package com.huoke.customer.stagerule;

/** Which way a stage rule may move a customer. */
public enum StageRuleDirection {
  /** Only lifts a customer below the target up to it. */
  UP_ONLY,
  /** Also brings a customer above the target down to it, e.g. after long inactivity. */
  DOWN_ALLOWED
}
