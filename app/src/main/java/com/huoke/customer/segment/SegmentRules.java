package com.huoke.customer.segment;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;

/** Reads segment rules with the configured limits, against the custom fields defined now. */
@Component
public class SegmentRules {

  private final SegmentRuleParser parser;
  private final DefinedCustomFields definitions;

  SegmentRules(SegmentProperties properties, DefinedCustomFields definitions) {
    this.parser = new SegmentRuleParser(properties.zone(), properties.maxConditions());
    this.definitions = definitions;
  }

  /**
   * The rules in {@code json}, found at {@code path} of the request.
   *
   * @throws com.huoke.customer.InvalidCustomerRequestException naming every invalid part
   */
  public SegmentRule parse(JsonNode json, String path) {
    return parser.parse(json, path, definitions.current());
  }

  /** Like {@link #parse(JsonNode, String)} against a catalog the caller already holds. */
  public SegmentRule parse(JsonNode json, String path, CustomFieldCatalog catalog) {
    return parser.parse(json, path, catalog);
  }

  /** A catalog of the custom fields defined now, for parsing several rules in a row. */
  public CustomFieldCatalog customFields() {
    return definitions.current();
  }
}
