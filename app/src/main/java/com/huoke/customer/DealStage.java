package com.huoke.customer;

/** Where a deal (商机) stands; WON and LOST close it. */
public enum DealStage {
  OPEN,
  WON,
  LOST;

  public boolean isClosed() {
    return this != OPEN;
  }
}
