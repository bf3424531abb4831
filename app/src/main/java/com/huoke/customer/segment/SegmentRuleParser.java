package com.huoke.customer.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.customer.InvalidCustomerRequestException;
import com.huoke.web.InvalidField;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads segment rules from JSON and checks them: the tree's shape, that each field exists, that its
 * operator applies to the field's type and that the value fits. Every problem is reported with the
 * path of the offending part, e.g. {@code rules.all[1].operator}, all at once.
 */
public final class SegmentRuleParser {

  /** The message for a custom field nobody defined (stage rules tolerate it until defined). */
  public static final String UNDEFINED_CUSTOM_FIELD =
      "is not a defined custom field; define it at /api/v1/customers/fields";

  static final int MAX_DEPTH = 6;
  private static final Set<String> CONDITION_KEYS = Set.of("field", "operator", "value");

  private final SegmentValueReader values;
  private final int maxConditions;

  public SegmentRuleParser(ZoneId zone, int maxConditions) {
    this.values = new SegmentValueReader(zone);
    this.maxConditions = maxConditions;
  }

  /**
   * The rules in {@code json}, whose path in the request is {@code path} (e.g. {@code rules}).
   *
   * @throws InvalidCustomerRequestException naming every invalid part
   */
  public SegmentRule parse(JsonNode json, String path, CustomFieldCatalog catalog) {
    Reading reading = new Reading(catalog);
    SegmentRule rule = reading.node(json, path, 1);
    if (reading.conditions > maxConditions) {
      reading.errors.add(
          new InvalidField(path, "must hold at most " + maxConditions + " conditions"));
    }
    if (!reading.errors.isEmpty()) {
      throw new InvalidCustomerRequestException(reading.errors);
    }
    return rule;
  }

  /** The state of one parse: its errors and how many conditions it has seen. */
  private final class Reading {
    private final CustomFieldCatalog catalog;
    private final List<InvalidField> errors = new ArrayList<>();
    private int conditions;

    Reading(CustomFieldCatalog catalog) {
      this.catalog = catalog;
    }

    SegmentRule node(JsonNode json, String path, int depth) {
      if (json == null || !json.isObject()) {
        return invalid(
            path, "must be an object: {\"all\": [...]}, {\"any\": [...]} or a condition");
      }
      if (json.has("all") || json.has("any")) {
        return group(json, path, depth);
      }
      if (json.has("field")) {
        return condition(json, path);
      }
      return invalid(path, "must have \"all\", \"any\" or \"field\"");
    }

    private SegmentRule group(JsonNode json, String path, int depth) {
      String key = json.has("all") ? "all" : "any";
      if (json.size() != 1) {
        return invalid(path, "must have exactly one of \"all\" or \"any\" and nothing else");
      }
      String listPath = path + "." + key;
      JsonNode items = json.get(key);
      if (!items.isArray()) {
        return invalid(listPath, "must be an array of rules");
      }
      if (depth > MAX_DEPTH) {
        return invalid(listPath, "nests too deep; at most " + MAX_DEPTH + " levels");
      }
      if (key.equals("any") && items.isEmpty()) {
        return invalid(listPath, "must list at least one rule");
      }
      List<SegmentRule> rules = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        SegmentRule rule = node(items.get(i), listPath + "[" + i + "]", depth + 1);
        if (rule != null) { // an invalid rule has its error recorded; parse() throws at the end
          rules.add(rule);
        }
      }
      return key.equals("all") ? new SegmentRule.All(rules) : new SegmentRule.Any(rules);
    }

    private SegmentRule condition(JsonNode json, String path) {
      conditions++;
      for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!CONDITION_KEYS.contains(name)) {
          invalid(path + "." + name, "is not part of a condition; expected field, operator, value");
        }
      }
      Optional<SegmentField> field = field(json.get("field"), path + ".field");
      JsonNode operatorName = json.get("operator");
      Optional<SegmentOperator> operator =
          operatorName != null && operatorName.isTextual()
              ? SegmentOperator.named(operatorName.textValue())
              : Optional.empty();
      if (operator.isEmpty()) {
        return invalid(
            path + ".operator",
            "must be one of "
                + java.util.Arrays.stream(SegmentOperator.values())
                    .map(SegmentOperator::json)
                    .toList());
      }
      if (field.isEmpty()) {
        return null;
      }
      if (!field.get().operators().contains(operator.get())) {
        return invalid(
            path + ".operator",
            "must be one of %s for %s"
                .formatted(
                    field.get().operators().stream().sorted().map(SegmentOperator::json).toList(),
                    field.get().name()));
      }
      ConditionValue value =
          values.read(field.get(), operator.get(), json.get("value"), path + ".value", errors);
      return value == null ? null : new SegmentRule.Condition(field.get(), operator.get(), value);
    }

    private Optional<SegmentField> field(JsonNode name, String path) {
      if (name == null || !name.isTextual()) {
        invalid(path, "must be a field name such as \"score\"");
        return Optional.empty();
      }
      Optional<SegmentField> builtIn = SegmentFields.builtIn(name.textValue());
      if (builtIn.isPresent()) {
        return builtIn;
      }
      Optional<String> customKey = SegmentFields.customKey(name.textValue());
      if (customKey.isPresent()) {
        Optional<SegmentField> custom = catalog.find(customKey.get()).map(SegmentFields::custom);
        if (custom.isEmpty()) {
          invalid(path, UNDEFINED_CUSTOM_FIELD);
        }
        return custom;
      }
      invalid(
          path, "must be one of %s or customFields.<key>".formatted(SegmentFields.builtInNames()));
      return Optional.empty();
    }

    private SegmentRule invalid(String path, String message) {
      errors.add(new InvalidField(path, message));
      return null;
    }
  }
}
