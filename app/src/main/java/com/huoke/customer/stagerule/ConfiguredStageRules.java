package com.huoke.customer.stagerule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.customer.InvalidCustomerRequestException;
import com.huoke.customer.segment.CustomFieldCatalog;
import com.huoke.customer.segment.SegmentRuleParser;
import com.huoke.customer.segment.SegmentRules;
import com.huoke.web.InvalidField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The configured stage rules, read with the custom fields defined at the time of use. A rule that
 * is wrong in itself stops the start with the property at fault; a rule on a custom field nobody
 * defined yet waits (with a warning) until the field exists, since fields are defined at run time.
 */
@Component
class ConfiguredStageRules {

  private static final Logger log = LoggerFactory.getLogger(ConfiguredStageRules.class);
  private static final String PROPERTY = "huoke.customers.stage-rules.rules[%d].condition";

  private final SegmentRules segmentRules;
  private final List<Configured> configured = new ArrayList<>();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();
  private final boolean enabled;

  ConfiguredStageRules(
      StageRuleProperties properties, SegmentRules segmentRules, ObjectMapper json) {
    this.segmentRules = segmentRules;
    this.enabled = properties.enabled();
    for (int i = 0; i < properties.rules().size(); i++) {
      StageRuleProperties.Rule rule = properties.rules().get(i);
      configured.add(new Configured(rule, conditionOf(rule, PROPERTY.formatted(i), json)));
    }
    if (enabled) {
      read(true); // fail fast on rules that can never work
    }
  }

  /** The rules usable now, in configured order; none when stage rules are off. */
  List<StageRule> current() {
    return enabled ? read(false) : List.of();
  }

  private List<StageRule> read(boolean failFast) {
    CustomFieldCatalog catalog = segmentRules.customFields();
    List<StageRule> usable = new ArrayList<>();
    for (int i = 0; i < configured.size(); i++) {
      read(configured.get(i), PROPERTY.formatted(i), catalog, failFast).ifPresent(usable::add);
    }
    return usable;
  }

  private Optional<StageRule> read(
      Configured rule, String property, CustomFieldCatalog catalog, boolean failFast) {
    try {
      return Optional.of(
          new StageRule(
              rule.rule().name(),
              segmentRules.parse(rule.condition(), property, catalog),
              rule.rule().target(),
              rule.rule().direction()));
    } catch (InvalidCustomerRequestException invalid) {
      boolean waitsForCustomFields =
          invalid.errors().stream()
              .map(InvalidField::message)
              .allMatch(SegmentRuleParser.UNDEFINED_CUSTOM_FIELD::equals);
      if (failFast && !waitsForCustomFields) {
        throw new IllegalStateException(
            "Expected stage rule '%s' to be valid, but %s"
                .formatted(rule.rule().name(), invalid.errors()),
            invalid);
      }
      // custom fields are defined at run time: skip the rule until they fit it
      if (warned.add(rule.rule().name() + invalid.errors())) {
        log.warn(
            "Stage rule '{}' is skipped until its custom fields fit it: {}",
            rule.rule().name(),
            invalid.errors());
      }
      return Optional.empty();
    }
  }

  private static JsonNode conditionOf(
      StageRuleProperties.Rule rule, String property, ObjectMapper json) {
    try {
      return json.readTree(rule.condition());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "Expected %s (stage rule '%s') to be JSON, but %s"
              .formatted(property, rule.name(), e.getOriginalMessage()),
          e);
    }
  }

  private record Configured(StageRuleProperties.Rule rule, JsonNode condition) {}
}
