package com.huoke.customer.churn;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.customer.ActivityType;
import java.sql.DatabaseMetaData;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Puts the warning's tag changes on the timelines of many customers with one statement: the same
 * entry a person tagging by hand gets ({@code TAGS_CHANGED}, added / removed), by {@code system}.
 */
@Component
class ChurnTimeline {

  private static final String ACTOR = "system";

  private final NamedParameterJdbcTemplate jdbc;
  private final ObjectMapper json;

  /** How the dialect reads a JSON text parameter into the details column. */
  private final String jsonParameter;

  ChurnTimeline(NamedParameterJdbcTemplate jdbc, ObjectMapper json, DataSource dataSource) {
    this.jdbc = jdbc;
    this.json = json;
    this.jsonParameter =
        isPostgres(dataSource) ? "cast(:details as jsonb)" : ":details format json";
  }

  /** One entry for each of {@code customers}, at {@code at}. */
  void record(Collection<UUID> customers, String summary, Map<String, Object> details, Instant at) {
    if (customers.isEmpty()) {
      return;
    }
    jdbc.update(
        ("insert into customer_activities (customer_id, type, occurred_at, summary, details, actor)"
                + " select c.id, :type, :at, :summary, %s, :actor from customers c"
                + " where c.id in (:customers)")
            .formatted(jsonParameter),
        new MapSqlParameterSource("customers", customers)
            .addValue("type", ActivityType.TAGS_CHANGED.name())
            .addValue("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
            .addValue("summary", summary)
            .addValue("details", write(details))
            .addValue("actor", ACTOR));
  }

  private String write(Map<String, Object> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Timeline details must be JSON values", e);
    }
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      return "PostgreSQL"
          .equals(
              JdbcUtils.extractDatabaseMetaData(
                  dataSource, DatabaseMetaData::getDatabaseProductName));
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database holds the timeline", e);
    }
  }
}
