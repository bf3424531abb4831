package com.huoke.customer.segment;

import java.util.List;

/**
 * A segment's rules as a tree: {@code {"all": [...]}} and {@code {"any": [...]}} nest groups and
 * conditions. Built only by {@link SegmentRuleParser}, so every field and value in it is valid.
 */
public sealed interface SegmentRule {

  /** Every rule must match; an empty list matches every customer. */
  record All(List<SegmentRule> rules) implements SegmentRule {
    public All {
      rules = List.copyOf(rules);
    }
  }

  /** At least one rule must match. */
  record Any(List<SegmentRule> rules) implements SegmentRule {
    public Any {
      rules = List.copyOf(rules);
    }
  }

  /** One test of one field, e.g. score ≥ 60. */
  record Condition(SegmentField field, SegmentOperator operator, ConditionValue value)
      implements SegmentRule {}
}
