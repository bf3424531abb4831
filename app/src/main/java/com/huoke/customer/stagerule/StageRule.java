package com.huoke.customer.stagerule;

import com.huoke.customer.CustomerStage;
import com.huoke.customer.segment.SegmentRule;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A configured stage rule with its condition read: when it matches, the customer moves. */
record StageRule(
    String name, SegmentRule condition, CustomerStage target, StageRuleDirection direction) {

  /**
   * The rule that moves a customer at {@code current} whose {@code matching} rules match, if any.
   * The matching rules agree on the highest of their targets: a customer below it moves up to it; a
   * customer above it moves down to it only through a rule with that target that allows moving
   * down. So a down rule never fires while another matching rule holds the customer higher — which
   * would lift it straight back — and rules cannot flip a customer back and forth.
   */
  static Optional<StageRule> deciding(CustomerStage current, List<StageRule> matching) {
    Optional<CustomerStage> agreed =
        matching.stream().map(StageRule::target).max(Comparator.naturalOrder());
    if (agreed.isEmpty() || agreed.get() == current) {
      return Optional.empty();
    }
    CustomerStage target = agreed.get();
    boolean up = target.compareTo(current) > 0;
    return matching.stream()
        .filter(rule -> rule.target() == target)
        .filter(rule -> up || rule.direction() == StageRuleDirection.DOWN_ALLOWED)
        .findFirst();
  }

  /** The stages this rule can move a customer from. */
  List<CustomerStage> movesFrom() {
    return java.util.Arrays.stream(CustomerStage.values())
        .filter(
            stage ->
                direction == StageRuleDirection.DOWN_ALLOWED
                    ? stage != target
                    : stage.compareTo(target) < 0)
        .toList();
  }
}
