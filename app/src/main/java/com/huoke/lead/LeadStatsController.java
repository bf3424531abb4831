package com.huoke.lead;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/leads/stats}: lead statistics over a range of days (the last 30 by default).
 */
@RestController
@RequestMapping("/api/v1/leads/stats")
class LeadStatsController {

  static final int DEFAULT_DAYS = 30;

  private final LeadStatistics statistics;
  private final LeadReportingProperties reporting;

  LeadStatsController(LeadStatistics statistics, LeadReportingProperties reporting) {
    this.statistics = statistics;
    this.reporting = reporting;
  }

  @GetMapping
  LeadStats stats(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) @Min(1) @Max(100) Integer top) {
    ZoneId zone = reporting.timeZone();
    LeadRequestParameters read = new LeadRequestParameters(zone);
    Instant end = read.to("to", to);
    Instant start = read.from("from", from);
    read.throwIfInvalid();
    if (end == null) {
      end = Instant.now();
    }
    if (start == null) {
      start =
          LocalDate.ofInstant(end, zone)
              .minusDays(DEFAULT_DAYS - 1L)
              .atStartOfDay(zone)
              .toInstant();
    }
    read.check(start.isBefore(end), "from", "must be before to");
    read.check(
        !start.plus(Duration.ofDays(LeadStatistics.MAX_DAYS)).isBefore(end),
        "to",
        "must be at most " + LeadStatistics.MAX_DAYS + " days after from");
    read.throwIfInvalid();
    return statistics.of(start, end, zone, top == null ? reporting.topChannels() : top);
  }
}
