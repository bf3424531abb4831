package com.huoke.customer.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts and lists the live customers a segment rule matches; merged tombstones never count. */
@Component
public class SegmentQueries {

  /** The count of the live customers matching a compiled condition {@code %s} on {@code c}. */
  public static final String COUNT =
      "select count(*) from customers c where c.merged_into_id is null and (%s)";

  /** The live customers matching one branch of an "any", for a union of branches. */
  static final String LIVE_IDS =
      "select c.id from customers c where c.merged_into_id is null and (%s)";

  /** A page of their ids, most recently active first (the order of the live-activity index). */
  public static final String PAGE =
      "select c.id from customers c where c.merged_into_id is null and (%s)"
          + " order by c.last_activity_at desc, c.id desc"
          + " offset :offset rows fetch next :limit rows only";

  /**
   * PostgreSQL settings for the transaction of a segment query. JIT compilation starts at an
   * estimated cost of 100,000, and an OR of EXISTS conditions over a million customers is estimated
   * in the millions while it runs in a few hundred milliseconds: compiling took 1.8 s of a 4.2 s
   * count in the segment benchmark. A custom plan for every execution, because a plan made for
   * unknown values (which the driver's server-side statements get after five runs) cannot know that
   * a tag or campaign is rare.
   */
  private static final String POSTGRES_SETTINGS =
      "set local jit = off; set local plan_cache_mode = force_custom_plan";

  private final NamedParameterJdbcTemplate jdbc;
  private final SegmentCompiler compiler;
  private final boolean postgres;
  private final ObjectMapper json;
  private final double unionShare;

  SegmentQueries(
      NamedParameterJdbcTemplate jdbc,
      SegmentProperties properties,
      SegmentTagIds tagIds,
      DataSource dataSource,
      ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    this.unionShare = properties.unionShare();
    this.compiler = new SegmentCompiler(properties.zone(), tagIds::find);
    this.postgres = isPostgres(dataSource);
  }

  /** How many live customers match {@code rule} as of {@code now}. */
  @Transactional(readOnly = true)
  public long count(SegmentRule rule, Instant now) {
    tune();
    SegmentSqlBuilder sql = new SegmentSqlBuilder();
    Long count = jdbc.queryForObject(countStatement(rule, sql, now), sql.parameters(), Long.class);
    return count == null ? 0 : count;
  }

  /**
   * The statement {@link #count} runs, with its parameters bound to {@code sql}. An "any" of
   * selective branches is counted as the union of each branch's matches on PostgreSQL: it does not
   * turn OR into UNION itself, so for an OR of conditions on related rows it tests every candidate
   * customer against the whole OR (visiting the table for most), where each branch alone is
   * answered from its own indexes; the benchmark's nested rule counted in half the time. A union of
   * broad branches has to de-duplicate most customers and was up to six times slower than the OR,
   * so the planner's own row estimates decide (huoke.customers.segments.union-share).
   */
  public String countStatement(SegmentRule rule, SegmentSqlBuilder sql, Instant now) {
    if (postgres
        && unionShare > 0
        && rule instanceof SegmentRule.Any any
        && any.rules().size() > 1) {
      List<String> branches =
          any.rules().stream()
              .map(branch -> LIVE_IDS.formatted(compiler.where(branch, sql, now)))
              .toList();
      double matching = 0;
      for (String branch : branches) {
        matching += estimatedRows(branch, sql.parameters());
      }
      if (matching <= unionShare * estimatedRows(LIVE_IDS.formatted("1 = 1"), sql.parameters())) {
        return "select count(*) from (%s) matching".formatted(String.join(" union ", branches));
      }
    }
    return COUNT.formatted(compiler.where(rule, sql, now));
  }

  /** Ids of matching live customers, most recently active first, skipping {@code offset}. */
  @Transactional(readOnly = true)
  public List<UUID> ids(SegmentRule rule, Instant now, long offset, int limit) {
    SegmentSqlBuilder sql = new SegmentSqlBuilder();
    String where = compiler.where(rule, sql, now);
    MapSqlParameterSource parameters =
        sql.parameters().addValue("limit", limit).addValue("offset", offset);
    tune();
    return jdbc.queryForList(PAGE.formatted(where), parameters, UUID.class);
  }

  /** The planner's estimate of the rows {@code query} returns. */
  private double estimatedRows(String query, MapSqlParameterSource parameters) {
    String plan = jdbc.queryForObject("explain (format json) " + query, parameters, String.class);
    try {
      return json.readTree(plan).path(0).path("Plan").path("Plan Rows").asDouble();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read PostgreSQL's plan: " + plan, e);
    }
  }

  private void tune() {
    if (postgres) {
      jdbc.getJdbcTemplate().execute(POSTGRES_SETTINGS);
    }
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      return "PostgreSQL"
          .equals(
              JdbcUtils.extractDatabaseMetaData(
                  dataSource, DatabaseMetaData::getDatabaseProductName));
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database holds the customers", e);
    }
  }
}
