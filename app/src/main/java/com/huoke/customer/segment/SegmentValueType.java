package com.huoke.customer.segment;

import static com.huoke.customer.segment.SegmentOperator.BETWEEN;
import static com.huoke.customer.segment.SegmentOperator.CONTAINS;
import static com.huoke.customer.segment.SegmentOperator.EQ;
import static com.huoke.customer.segment.SegmentOperator.GT;
import static com.huoke.customer.segment.SegmentOperator.GTE;
import static com.huoke.customer.segment.SegmentOperator.IN;
import static com.huoke.customer.segment.SegmentOperator.IS_EMPTY;
import static com.huoke.customer.segment.SegmentOperator.IS_NOT_EMPTY;
import static com.huoke.customer.segment.SegmentOperator.LT;
import static com.huoke.customer.segment.SegmentOperator.LTE;
import static com.huoke.customer.segment.SegmentOperator.NEQ;
import static com.huoke.customer.segment.SegmentOperator.NOT_IN;
import static com.huoke.customer.segment.SegmentOperator.OLDER_THAN_DAYS;
import static com.huoke.customer.segment.SegmentOperator.WITHIN_DAYS;

import java.util.EnumSet;
import java.util.Set;

/** The type of a segment field: how its values are written and which operators apply. */
public enum SegmentValueType {
  /** Free text; {@code contains} ignores case. */
  TEXT(EnumSet.of(EQ, NEQ, IN, NOT_IN, CONTAINS, IS_EMPTY, IS_NOT_EMPTY)),
  NUMBER(EnumSet.of(EQ, NEQ, IN, NOT_IN, GT, GTE, LT, LTE, BETWEEN, IS_EMPTY, IS_NOT_EMPTY)),
  /** An instant, written as ISO-8601 ({@code 2026-03-01T08:00:00Z}) or a date (its start). */
  TIMESTAMP(
      EnumSet.of(GT, GTE, LT, LTE, BETWEEN, WITHIN_DAYS, OLDER_THAN_DAYS, IS_EMPTY, IS_NOT_EMPTY)),
  /** A calendar date such as {@code 2026-03-01}. */
  DATE(
      EnumSet.of(
          EQ,
          NEQ,
          GT,
          GTE,
          LT,
          LTE,
          BETWEEN,
          WITHIN_DAYS,
          OLDER_THAN_DAYS,
          IS_EMPTY,
          IS_NOT_EMPTY)),
  /** One of a fixed list of values (stages, custom OPTION fields). */
  CHOICE(EnumSet.of(EQ, NEQ, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY)),
  /** A tag, written {@code {"category": "VALUE", "name": "高价值"}}. */
  TAG(EnumSet.of(EQ, NEQ, IN, NOT_IN, IS_EMPTY, IS_NOT_EMPTY));

  private final Set<SegmentOperator> operators;

  SegmentValueType(Set<SegmentOperator> operators) {
    this.operators = Set.copyOf(operators);
  }

  /** The operators a field of this type takes (a field may narrow them). */
  public Set<SegmentOperator> operators() {
    return operators;
  }
}
