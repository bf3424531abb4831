package com.huoke.customer.segment;

import java.util.Arrays;
import java.util.Optional;

/** A comparison in a segment condition, with the JSON name clients write and the value it takes. */
public enum SegmentOperator {
  EQ("eq", Arity.ONE),
  NEQ("neq", Arity.ONE),
  IN("in", Arity.LIST),
  NOT_IN("not_in", Arity.LIST),
  GT("gt", Arity.ONE),
  GTE("gte", Arity.ONE),
  LT("lt", Arity.ONE),
  LTE("lte", Arity.ONE),
  BETWEEN("between", Arity.RANGE),
  CONTAINS("contains", Arity.ONE),
  IS_EMPTY("is_empty", Arity.NONE),
  IS_NOT_EMPTY("is_not_empty", Arity.NONE),
  WITHIN_DAYS("within_days", Arity.DAYS),
  OLDER_THAN_DAYS("older_than_days", Arity.DAYS);

  /** What the condition's {@code value} holds for an operator. */
  public enum Arity {
    /** no value */
    NONE,
    /** one value of the field's type */
    ONE,
    /** a non-empty array of values */
    LIST,
    /** an array of two values, low then high, both included */
    RANGE,
    /** a whole number of days */
    DAYS
  }

  private final String json;
  private final Arity arity;

  SegmentOperator(String json, Arity arity) {
    this.json = json;
    this.arity = arity;
  }

  /** The operator named {@code json} in a rule, e.g. {@code not_in}. */
  public static Optional<SegmentOperator> named(String json) {
    return Arrays.stream(values()).filter(op -> op.json.equals(json)).findFirst();
  }

  /** The name clients write. */
  public String json() {
    return json;
  }

  public Arity arity() {
    return arity;
  }

  /**
   * True for the operators that say what a customer does not have: they match customers without any
   * value, and on related rows (tags, sources, deals, custom fields) they mean "none of them".
   */
  public boolean negative() {
    return this == NEQ || this == NOT_IN || this == IS_EMPTY;
  }

  /** The operator this one negates ({@code neq} → {@code eq}); itself when it is not negative. */
  public SegmentOperator positive() {
    return switch (this) {
      case NEQ -> EQ;
      case NOT_IN -> IN;
      case IS_EMPTY -> IS_NOT_EMPTY;
      default -> this;
    };
  }
}
