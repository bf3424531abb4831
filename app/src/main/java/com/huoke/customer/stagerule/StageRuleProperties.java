package com.huoke.customer.stagerule;

import com.huoke.customer.CustomerStage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.customers.stage-rules.*}: the automatic lifecycle moves of seed §2.2.2
 * (客户阶段自动升降级规则). Without configuration the {@link #DEFAULT_RULES} apply; setting {@code rules}
 * replaces them all.
 *
 * @param enabled false turns automatic moves off (stages then change by hand only)
 * @param rules the rules; each condition is written like a segment's rules
 */
@Validated
@ConfigurationProperties("huoke.customers.stage-rules")
public record StageRuleProperties(
    @DefaultValue("true") boolean enabled, @Valid @Size(max = 50) List<Rule> rules) {

  /**
   * 意向 on a good score while active, 商机 on an open deal, 成交 and 复购 on won deals, 潜在 again after 90
   * quiet days.
   */
  public static final List<Rule> DEFAULT_RULES =
      List.of(
          new Rule(
              "score ≥ 60 and active within 90 days",
              """
              {"all": [{"field": "score", "operator": "gte", "value": 60},
                       {"field": "lastActivityAt", "operator": "within_days", "value": 90}]}""",
              CustomerStage.INTERESTED,
              StageRuleDirection.UP_ONLY),
          new Rule(
              "open deal",
              """
              {"field": "deals.openCount", "operator": "gte", "value": 1}""",
              CustomerStage.OPPORTUNITY,
              StageRuleDirection.UP_ONLY),
          new Rule(
              "won deal",
              """
              {"field": "deals.wonCount", "operator": "gte", "value": 1}""",
              CustomerStage.CUSTOMER,
              StageRuleDirection.UP_ONLY),
          new Rule(
              "second won deal",
              """
              {"field": "deals.wonCount", "operator": "gte", "value": 2}""",
              CustomerStage.REPEAT,
              StageRuleDirection.UP_ONLY),
          new Rule(
              "interested but no activity for 90 days",
              """
              {"all": [{"field": "stage", "operator": "eq", "value": "INTERESTED"},
                       {"field": "lastActivityAt", "operator": "older_than_days", "value": 90}]}""",
              CustomerStage.PROSPECT,
              StageRuleDirection.DOWN_ALLOWED));

  public StageRuleProperties {
    rules = rules == null ? DEFAULT_RULES : List.copyOf(rules);
    HashSet<String> names = new HashSet<>();
    for (Rule rule : rules) {
      if (rule != null && !names.add(rule.name())) {
        throw new IllegalArgumentException(
            "Expected stage rule names to be unique, but '" + rule.name() + "' repeats");
      }
    }
  }

  /**
   * One rule: when {@code condition} matches a customer, move it to {@code target}.
   *
   * @param name what the timeline shows as the reason of the move
   * @param condition segment rules as JSON, e.g. {@code {"field": "score", "operator": "gte",
   *     "value": 60}}
   * @param direction UP_ONLY (default) or DOWN_ALLOWED
   */
  public record Rule(
      @NotBlank @Size(max = 100) String name,
      @NotBlank String condition,
      @NotNull CustomerStage target,
      StageRuleDirection direction) {

    public Rule {
      direction = direction == null ? StageRuleDirection.UP_ONLY : direction;
    }
  }
}
