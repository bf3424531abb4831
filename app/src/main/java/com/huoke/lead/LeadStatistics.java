package com.huoke.lead;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lead statistics computed by aggregate SQL in the database; no lead is loaded. */
@Service
public class LeadStatistics {

  /** Longest range one request may cover: the per-day series has one entry per day. */
  public static final int MAX_DAYS = 366;

  private static final String IN_RANGE = " FROM leads WHERE created_at >= ? AND created_at < ?";

  private final JdbcTemplate jdbc;

  LeadStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The leads created in [{@code from}, {@code to}), days counted in {@code zone}. */
  @Transactional(readOnly = true)
  public LeadStats of(Instant from, Instant to, ZoneId zone, int topChannels) {
    OffsetDateTime start = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
    OffsetDateTime end = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);

    Map<LeadStatus, Long> byStatus = new EnumMap<>(LeadStatus.class);
    for (LeadStatus status : LeadStatus.values()) {
      byStatus.put(status, 0L);
    }
    jdbc.query(
        "SELECT status, COUNT(*) AS n" + IN_RANGE + " GROUP BY status",
        rs -> {
          byStatus.put(LeadStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        },
        start,
        end);
    long total = byStatus.values().stream().mapToLong(Long::longValue).sum();

    Map<SourcePlatform, Long> byPlatform = new EnumMap<>(SourcePlatform.class);
    jdbc.query(
        "SELECT source_platform, COUNT(*) AS n" + IN_RANGE + " GROUP BY source_platform",
        rs -> {
          byPlatform.put(SourcePlatform.valueOf(rs.getString("source_platform")), rs.getLong("n"));
        },
        start,
        end);

    List<LeadStats.ChannelCount> channels =
        jdbc.query(
            "SELECT source_channel, COUNT(*) AS n"
                + IN_RANGE
                + " AND source_channel IS NOT NULL GROUP BY source_channel"
                + " ORDER BY n DESC, source_channel FETCH FIRST ? ROWS ONLY",
            (rs, i) -> new LeadStats.ChannelCount(rs.getString("source_channel"), rs.getLong("n")),
            start,
            end,
            topChannels);

    Map<String, Object> scores =
        jdbc.queryForMap(
            "SELECT COUNT(score) AS scored,"
                + " SUM(CASE WHEN hot = TRUE THEN 1 ELSE 0 END) AS hot,"
                + " AVG(CAST(score AS DOUBLE PRECISION)) AS average"
                + IN_RANGE,
            start,
            end);
    long scored = ((Number) scores.get("scored")).longValue();
    Number hot = (Number) scores.get("hot");
    Number average = (Number) scores.get("average");

    return new LeadStats(
        from,
        to,
        zone.getId(),
        total,
        byStatus,
        byPlatform,
        channels,
        perDay(start, end, zone),
        scored == 0 ? null : ratio(hot == null ? 0 : hot.longValue(), scored),
        average == null ? null : round(average.doubleValue()),
        total == 0 ? null : ratio(byStatus.get(LeadStatus.CONVERTED), total));
  }

  private List<LeadStats.DayCount> perDay(OffsetDateTime start, OffsetDateTime end, ZoneId zone) {
    Map<LocalDate, Long> counted = new HashMap<>();
    // The zone is a parameter of the innermost query, so the outer one groups by plain columns.
    // Year, month and day are extracted because H2 casts a zoned time to DATE in the session's
    // time zone, not its own; EXTRACT reads the fields in the zone on both databases.
    jdbc.query(
        "SELECT y, m, d, COUNT(*) AS n FROM (SELECT EXTRACT(YEAR FROM local_time) AS y,"
            + " EXTRACT(MONTH FROM local_time) AS m, EXTRACT(DAY FROM local_time) AS d"
            + " FROM (SELECT created_at AT TIME ZONE ? AS local_time"
            + IN_RANGE
            + ") zoned) days GROUP BY y, m, d",
        rs -> {
          counted.put(
              LocalDate.of(rs.getInt("y"), rs.getInt("m"), rs.getInt("d")), rs.getLong("n"));
        },
        zone.getId(),
        start,
        end);
    List<LeadStats.DayCount> days = new ArrayList<>();
    LocalDate last = end.toInstant().minusNanos(1).atZone(zone).toLocalDate();
    for (LocalDate day = start.toInstant().atZone(zone).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      days.add(new LeadStats.DayCount(day, counted.getOrDefault(day, 0L)));
    }
    return days;
  }

  private static double ratio(long part, long whole) {
    return round((double) part / whole);
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }
}
