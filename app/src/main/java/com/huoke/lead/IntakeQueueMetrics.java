package com.huoke.lead;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The intake queue on {@code /actuator/prometheus}: leads waiting, and leads captured or given up
 * on, tagged by the kind of source ({@code channel}, {@code import}, …) — never by the source
 * itself, which would make one series per import.
 */
@Component
class IntakeQueueMetrics {

  static final String PENDING = "huoke.leads.intake.pending";
  static final String CAPTURED = "huoke.leads.intake.captured";
  static final String FAILED = "huoke.leads.intake.failed";

  private static final Logger log = LoggerFactory.getLogger(IntakeQueueMetrics.class);

  private final MeterRegistry meters;

  IntakeQueueMetrics(MeterRegistry meters, IntakeQueueRows rows) {
    this.meters = meters;
    Gauge.builder(PENDING, rows, IntakeQueueMetrics::pendingOrNaN)
        .description("Queued leads waiting for capture, including those waiting for a retry")
        .register(meters);
  }

  void captured(String sourceKind, int count) {
    counter(CAPTURED, "Queued leads captured", sourceKind).increment(count);
  }

  void failed(String sourceKind, int count) {
    counter(FAILED, "Queued leads given up on", sourceKind).increment(count);
  }

  private Counter counter(String name, String description, String sourceKind) {
    return Counter.builder(name)
        .description(description)
        .tag("source.kind", sourceKind)
        .register(meters);
  }

  private static double pendingOrNaN(IntakeQueueRows rows) {
    try {
      return rows.countPending();
    } catch (RuntimeException e) {
      log.debug("Cannot count pending leads for the gauge", e);
      return Double.NaN;
    }
  }
}
