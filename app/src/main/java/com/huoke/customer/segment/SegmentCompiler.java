package com.huoke.customer.segment;

import com.huoke.customer.TagRef;
import com.huoke.customer.segment.SegmentField.CustomFieldValue;
import com.huoke.customer.segment.SegmentField.CustomerColumn;
import com.huoke.customer.segment.SegmentField.DealCount;
import com.huoke.customer.segment.SegmentField.DealStages;
import com.huoke.customer.segment.SegmentField.Location;
import com.huoke.customer.segment.SegmentField.SourceColumn;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns segment rules into a SQL condition over the customer row {@code c}, with every value bound
 * through a {@link SegmentSqlBuilder}. Negative operators (neq, not_in, is_empty) match customers
 * without a value; on related rows — source leads, deals, tags, custom fields — positive operators
 * mean "at least one row matches" and negative ones "no row matches".
 */
public final class SegmentCompiler {

  private final ZoneId zone;
  private final Function<TagRef, Optional<UUID>> tagIds;

  /**
   * {@code zone} decides which day "today" is for within_days / older_than_days on dates; {@code
   * tagIds} finds the id of a tag a rule names (see {@link SegmentTagIds}).
   */
  public SegmentCompiler(ZoneId zone, Function<TagRef, Optional<UUID>> tagIds) {
    this.zone = zone;
    this.tagIds = tagIds;
  }

  /** The rule as a SQL condition on {@code c}, as of {@code now} (for the day-based operators). */
  public String where(SegmentRule rule, SegmentSqlBuilder sql, Instant now) {
    if (rule instanceof SegmentRule.All all) {
      return all.rules().isEmpty() ? "1 = 1" : join(all.rules(), " and ", sql, now);
    }
    if (rule instanceof SegmentRule.Any any) {
      return join(any.rules(), " or ", sql, now);
    }
    return condition((SegmentRule.Condition) rule, sql, now);
  }

  /**
   * Tests of the customer row come first: inside an OR PostgreSQL evaluates the terms in the order
   * written, and a column comparison is far cheaper than probing related rows, which it often
   * spares.
   */
  private String join(
      List<SegmentRule> rules, String operator, SegmentSqlBuilder sql, Instant now) {
    return rules.stream()
        .sorted(Comparator.comparingInt(SegmentCompiler::onRelatedRows))
        .map(rule -> "(" + where(rule, sql, now) + ")")
        .collect(Collectors.joining(operator));
  }

  /** 0 for a condition on a column of the customer row, 1 for anything that reaches other rows. */
  private static int onRelatedRows(SegmentRule rule) {
    return rule instanceof SegmentRule.Condition condition
            && condition.field().location() instanceof CustomerColumn
        ? 0
        : 1;
  }

  private String condition(SegmentRule.Condition condition, SegmentSqlBuilder sql, Instant now) {
    Location location = condition.field().location();
    SegmentOperator positive = condition.operator().positive();
    boolean negative = condition.operator().negative();
    if (location instanceof CustomerColumn column) {
      String test = predicate(column.column(), condition, positive, sql, now);
      return negative ? "(%s is null or not (%s))".formatted(column.column(), test) : test;
    }
    if (location instanceof SourceColumn column) {
      return related(
          "customer_sources s",
          "s.customer_id",
          predicate(column.column(), condition, positive, sql, now),
          negative);
    }
    if (location instanceof DealStages) {
      return related(
          "deals d",
          "d.customer_id",
          predicate("d.stage", condition, positive, sql, now),
          negative);
    }
    if (location instanceof DealCount count) {
      return dealCount(count, condition, sql);
    }
    if (location instanceof CustomFieldValue custom) {
      String key = "f.field_key = " + sql.bind(custom.key());
      String test =
          positive == SegmentOperator.IS_NOT_EMPTY
              ? key
              : key + " and " + predicate("f." + custom.column(), condition, positive, sql, now);
      return related("customer_field_values f", "f.customer_id", test, negative);
    }
    return tags(condition, positive, negative, sql);
  }

  /** The positive test of a value column; negation is left to the caller. */
  private String predicate(
      String column,
      SegmentRule.Condition condition,
      SegmentOperator positive,
      SegmentSqlBuilder sql,
      Instant now) {
    ConditionValue value = condition.value();
    return switch (positive) {
      case EQ, GT, GTE, LT, LTE ->
          "%s %s %s".formatted(column, comparison(positive), sql.bind(one(value)));
      case IN -> "%s in (%s)".formatted(column, sql.bind(((ConditionValue.Many) value).values()));
      case BETWEEN -> {
        ConditionValue.Range range = (ConditionValue.Range) value;
        yield "%s between %s and %s"
            .formatted(column, sql.bind(range.low()), sql.bind(range.high()));
      }
      case CONTAINS ->
          "lower(%s) like %s escape '\\'"
              .formatted(column, sql.bind(containsPattern((String) one(value))));
      case IS_NOT_EMPTY ->
          condition.field().type() == SegmentValueType.TEXT
              ? "%s is not null and %s <> ''".formatted(column, column)
              : column + " is not null";
      case WITHIN_DAYS -> "%s >= %s".formatted(column, sql.bind(cutoff(condition, now)));
      case OLDER_THAN_DAYS -> "%s < %s".formatted(column, sql.bind(cutoff(condition, now)));
      case NEQ, NOT_IN, IS_EMPTY ->
          throw new IllegalStateException("Expected a positive operator, but got " + positive);
    };
  }

  private Object cutoff(SegmentRule.Condition condition, Instant now) {
    int days = ((ConditionValue.Days) condition.value()).days();
    if (condition.field().type() == SegmentValueType.DATE) {
      return LocalDate.ofInstant(now, zone).minusDays(days);
    }
    return now.minus(days, ChronoUnit.DAYS);
  }

  private static String related(String table, String customerColumn, String test, boolean none) {
    return "%sexists (select 1 from %s where %s = c.id and %s)"
        .formatted(none ? "not " : "", table, customerColumn, test);
  }

  private static String dealCount(
      DealCount count, SegmentRule.Condition condition, SegmentSqlBuilder sql) {
    String stage = sql.bind(count.stage().name());
    SegmentOperator operator = condition.operator();
    // "at least one" and "none" are what rules mostly ask; EXISTS stops at the first deal
    if (condition.value() instanceof ConditionValue.One one) {
      BigDecimal bound = (BigDecimal) one.value();
      boolean zero = bound.signum() == 0;
      boolean single = bound.compareTo(BigDecimal.ONE) == 0;
      boolean atLeastOne =
          (operator == SegmentOperator.GTE && single)
              || (operator == SegmentOperator.GT && zero)
              || (operator == SegmentOperator.NEQ && zero);
      boolean none =
          (operator == SegmentOperator.EQ && zero)
              || (operator == SegmentOperator.LT && single)
              || (operator == SegmentOperator.LTE && zero);
      if (atLeastOne || none) {
        return related("deals d", "d.customer_id", "d.stage = " + stage, none);
      }
    }
    String counted =
        "(select count(*) from deals d where d.customer_id = c.id and d.stage = %s)"
            .formatted(stage);
    if (condition.value() instanceof ConditionValue.Range range) {
      return "%s between %s and %s"
          .formatted(counted, sql.bind(range.low()), sql.bind(range.high()));
    }
    return "%s %s %s".formatted(counted, comparison(operator), sql.bind(one(condition.value())));
  }

  private String tags(
      SegmentRule.Condition condition,
      SegmentOperator positive,
      boolean none,
      SegmentSqlBuilder sql) {
    if (positive == SegmentOperator.IS_NOT_EMPTY) {
      return related("customer_tags ct", "ct.customer_id", "1 = 1", none);
    }
    List<Object> tags =
        condition.value() instanceof ConditionValue.Many many
            ? many.values()
            : List.of(one(condition.value()));
    List<UUID> ids =
        tags.stream()
            .map(TagRef.class::cast)
            .map(tagIds)
            .flatMap(Optional::stream)
            .distinct()
            .toList();
    if (ids.isEmpty()) {
      // nobody carries a tag that does not exist
      return none ? "1 = 1" : "1 = 0";
    }
    String test =
        ids.size() == 1
            ? "ct.tag_id = " + sql.bind(ids.get(0))
            : "ct.tag_id in (%s)".formatted(sql.bind(ids));
    return related("customer_tags ct", "ct.customer_id", test, none);
  }

  private static String comparison(SegmentOperator operator) {
    return switch (operator) {
      case EQ -> "=";
      case NEQ -> "<>";
      case GT -> ">";
      case GTE -> ">=";
      case LT -> "<";
      case LTE -> "<=";
      default -> throw new IllegalStateException("Expected a comparison, but got " + operator);
    };
  }

  private static Object one(ConditionValue value) {
    return ((ConditionValue.One) value).value();
  }

  private static String containsPattern(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
