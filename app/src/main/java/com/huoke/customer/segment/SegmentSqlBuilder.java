package com.huoke.customer.segment;

import com.huoke.customer.TagRef;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Collects the bind parameters of segment SQL. The SQL text is made only of fixed fragments and the
 * column names of {@link SegmentFields}; every value a client wrote — text, numbers, tag names,
 * custom field keys — goes through {@link #bind} and reaches the database as a parameter, never as
 * SQL. One builder may serve several rules of one statement, so their parameters never clash.
 */
public final class SegmentSqlBuilder {

  private static final BigDecimal LONG_LIMIT = BigDecimal.valueOf(Long.MAX_VALUE);

  private final MapSqlParameterSource parameters = new MapSqlParameterSource();
  private int count;

  /** Binds {@code value} and answers its placeholder, e.g. {@code :p3}. */
  public String bind(Object value) {
    String name = "p" + ++count;
    parameters.addValue(name, jdbcValue(value));
    return ":" + name;
  }

  /** The parameters bound so far, for {@code NamedParameterJdbcTemplate}. */
  public MapSqlParameterSource parameters() {
    return parameters;
  }

  private static Object jdbcValue(Object value) {
    if (value instanceof BigDecimal number && isWhole(number)) {
      // a numeric parameter would make PostgreSQL compare an integer column (score) as numeric:
      // no index on the column serves that, and its statistics give way to a guess
      return number.longValueExact();
    }
    if (value instanceof Instant instant) {
      return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(SegmentSqlBuilder::jdbcValue).toList();
    }
    if (value instanceof TagRef) {
      throw new IllegalArgumentException("Expected a column value, but got a tag; bind its id");
    }
    return value;
  }

  /** Whole and within a bigint (rule values stay below 10^15). */
  private static boolean isWhole(BigDecimal number) {
    return number.signum() == 0
        || (number.stripTrailingZeros().scale() <= 0 && number.abs().compareTo(LONG_LIMIT) < 0);
  }
}
