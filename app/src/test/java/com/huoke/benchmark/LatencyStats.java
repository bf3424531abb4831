package com.huoke.benchmark;

import java.util.Arrays;

/** Percentiles of a set of latencies in milliseconds. */
record LatencyStats(int count, long p50, long p95, long p99, long max) {

  static LatencyStats of(long[] millis) {
    long[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new LatencyStats(
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
  }

  private static long percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  @Override
  public String toString() {
    return "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (n=%d)".formatted(p50, p95, p99, max, count);
  }
}
