package com.huoke.customer.segment;

import java.util.List;

/**
 * The typed value of a condition, shaped by its operator's arity. Elements are {@code String}
 * (text, choices), {@code BigDecimal}, {@code Instant}, {@code LocalDate} or {@code TagRef}.
 */
public sealed interface ConditionValue {

  /** is_empty, is_not_empty. */
  record None() implements ConditionValue {}

  record One(Object value) implements ConditionValue {}

  /** in, not_in. */
  record Many(List<Object> values) implements ConditionValue {
    public Many {
      values = List.copyOf(values);
    }
  }

  /** between, both ends included. */
  record Range(Object low, Object high) implements ConditionValue {}

  /** within_days, older_than_days. */
  record Days(int days) implements ConditionValue {}
}
