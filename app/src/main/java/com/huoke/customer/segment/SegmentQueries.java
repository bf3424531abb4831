package com.huoke.customer.segment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Counts and lists the live customers a segment rule matches; merged tombstones never count. */
@Component
public class SegmentQueries {

  private static final String LIVE = "c.merged_into_id is null";

  private final NamedParameterJdbcTemplate jdbc;
  private final SegmentCompiler compiler;

  SegmentQueries(NamedParameterJdbcTemplate jdbc, SegmentProperties properties) {
    this.jdbc = jdbc;
    this.compiler = new SegmentCompiler(properties.zone());
  }

  /** How many live customers match {@code rule} as of {@code now}. */
  public long count(SegmentRule rule, Instant now) {
    SegmentSqlBuilder sql = new SegmentSqlBuilder();
    String where = compiler.where(rule, sql, now);
    Long count =
        jdbc.queryForObject(
            "select count(*) from customers c where %s and (%s)".formatted(LIVE, where),
            sql.parameters(),
            Long.class);
    return count == null ? 0 : count;
  }

  /** Ids of matching live customers, most recently active first, skipping {@code offset}. */
  public List<UUID> ids(SegmentRule rule, Instant now, long offset, int limit) {
    SegmentSqlBuilder sql = new SegmentSqlBuilder();
    String where = compiler.where(rule, sql, now);
    MapSqlParameterSource parameters =
        sql.parameters().addValue("limit", limit).addValue("offset", offset);
    return jdbc.queryForList(
        ("select c.id from customers c where %s and (%s)"
                + " order by c.last_activity_at desc, c.id desc"
                + " offset :offset rows fetch next :limit rows only")
            .formatted(LIVE, where),
        parameters,
        UUID.class);
  }
}
