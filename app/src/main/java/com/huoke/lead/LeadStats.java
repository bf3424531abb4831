package com.huoke.lead;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/leads/stats}: the leads created in [{@code from}, {@code to}).
 *
 * @param byStatus every status, zero included
 * @param byPlatform platforms with at least one lead
 * @param topSourceChannels the channels with the most leads, most first
 * @param perDay every day of the range in {@code timeZone}, zero included
 * @param hotRatio hot leads among the scored ones; {@code null} when none is scored yet
 * @param averageScore of the scored leads; {@code null} when none is scored yet
 * @param conversionRate converted (已转化) leads among all; {@code null} when there are none
 */
public record LeadStats(
    Instant from,
    Instant to,
    String timeZone,
    long total,
    Map<LeadStatus, Long> byStatus,
    Map<SourcePlatform, Long> byPlatform,
    List<ChannelCount> topSourceChannels,
    List<DayCount> perDay,
    Double hotRatio,
    Double averageScore,
    Double conversionRate) {

  /** Leads of one source channel. */
  public record ChannelCount(String sourceChannel, long leads) {}

  /** Leads created on one day. */
  public record DayCount(LocalDate date, long leads) {}
}
