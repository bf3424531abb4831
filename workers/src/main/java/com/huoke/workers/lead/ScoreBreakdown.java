package com.huoke.workers.lead;

/**
 * A lead score and its per-dimension parts. {@code total} is the weighted sum of the dimension
 * scores (40/30/20/10 %) rounded half up, so anyone can recompute it from the parts.
 */
public record ScoreBreakdown(
    DimensionScore behaviour,
    DimensionScore attributes,
    DimensionScore engagement,
    DimensionScore recency,
    int total) {

  /** Weighs the four dimensions into the total. */
  public static ScoreBreakdown of(
      DimensionScore behaviour,
      DimensionScore attributes,
      DimensionScore engagement,
      DimensionScore recency) {
    int weighted =
        behaviour.score() * ScoreDimension.BEHAVIOUR.weightPercent()
            + attributes.score() * ScoreDimension.ATTRIBUTES.weightPercent()
            + engagement.score() * ScoreDimension.ENGAGEMENT.weightPercent()
            + recency.score() * ScoreDimension.RECENCY.weightPercent();
    // integer half-up rounding of weighted / 100
    return new ScoreBreakdown(behaviour, attributes, engagement, recency, (weighted + 50) / 100);
  }
}
