package com.huoke.workers.lead;

/** The four dimensions of the seed's lead score (PRD §2.2.3) and their weights in percent. */
public enum ScoreDimension {
  BEHAVIOUR(40),
  ATTRIBUTES(30),
  ENGAGEMENT(20),
  RECENCY(10);

  private final int weightPercent;

  ScoreDimension(int weightPercent) {
    this.weightPercent = weightPercent;
  }

  public int weightPercent() {
    return weightPercent;
  }
}
