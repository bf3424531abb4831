package com.huoke.customer.stagerule;

import static com.huoke.customer.CustomerStage.CUSTOMER;
import static com.huoke.customer.CustomerStage.INTERESTED;
import static com.huoke.customer.CustomerStage.OPPORTUNITY;
import static com.huoke.customer.CustomerStage.PROSPECT;
import static com.huoke.customer.CustomerStage.REPEAT;
import static com.huoke.customer.stagerule.StageRuleDirection.DOWN_ALLOWED;
import static com.huoke.customer.stagerule.StageRuleDirection.UP_ONLY;
import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.customer.CustomerStage;
import com.huoke.customer.segment.SegmentRule;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which of the matching stage rules moves a customer, and where. */
class StageRuleTest {

  static final StageRule SCORE = rule("score", INTERESTED, UP_ONLY);
  static final StageRule OPEN_DEAL = rule("open deal", OPPORTUNITY, UP_ONLY);
  static final StageRule WON = rule("won deal", CUSTOMER, UP_ONLY);
  static final StageRule SECOND_WON = rule("second won deal", REPEAT, UP_ONLY);
  static final StageRule QUIET = rule("quiet", PROSPECT, DOWN_ALLOWED);
  static final StageRule QUIET_UP_ONLY = rule("quiet, up only", PROSPECT, UP_ONLY);

  @ParameterizedTest(name = "{0} matching {1} → {2}")
  @MethodSource("decisions")
  void movesToTheHighestTargetOfTheMatchingRules(
      CustomerStage current, List<StageRule> matching, StageRule expected) {
    assertThat(StageRule.deciding(current, matching))
        .isEqualTo(java.util.Optional.ofNullable(expected));
  }

  static Stream<Arguments> decisions() {
    return Stream.of(
        Arguments.of(PROSPECT, List.of(), null),
        Arguments.of(PROSPECT, List.of(SCORE), SCORE),
        Arguments.of(INTERESTED, List.of(SCORE), null),
        Arguments.of(PROSPECT, List.of(SCORE, OPEN_DEAL, WON), WON),
        Arguments.of(CUSTOMER, List.of(WON, SECOND_WON), SECOND_WON),
        // an up-only rule never brings anyone down
        Arguments.of(OPPORTUNITY, List.of(SCORE), null),
        Arguments.of(INTERESTED, List.of(QUIET_UP_ONLY), null),
        // a down rule moves a customer nothing else holds up
        Arguments.of(INTERESTED, List.of(QUIET), QUIET),
        Arguments.of(REPEAT, List.of(QUIET), QUIET),
        // but not while another matching rule would lift the customer straight back
        Arguments.of(CUSTOMER, List.of(QUIET, WON), null),
        Arguments.of(OPPORTUNITY, List.of(QUIET, SCORE), null));
  }

  @Test
  void anUpRuleMovesFromTheStagesBelowItsTargetADownRuleFromAllOthers() {
    assertThat(OPEN_DEAL.movesFrom()).containsExactly(PROSPECT, INTERESTED);
    assertThat(QUIET.movesFrom())
        .containsExactlyElementsOf(
            Arrays.stream(CustomerStage.values()).filter(s -> s != PROSPECT).toList());
  }

  private static StageRule rule(String name, CustomerStage target, StageRuleDirection direction) {
    return new StageRule(name, new SegmentRule.All(List.of()), target, direction);
  }
}
