package com.huoke.workers.lead;

import java.util.List;

/**
 * One dimension of a lead score: the seed's raw {@code points}, the normalised {@code score}
 * (0–100) and the rules that fired, e.g. {@code "CONSULTATION +15"}, so sales can see why.
 */
public record DimensionScore(int points, int score, List<String> matchedRules) {
  public DimensionScore {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("Expected a score in 0..100, but got " + score);
    }
    matchedRules = matchedRules == null ? List.of() : List.copyOf(matchedRules);
  }
}
