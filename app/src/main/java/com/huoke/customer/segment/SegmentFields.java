package com.huoke.customer.segment;

import com.huoke.customer.CustomFieldView;
import com.huoke.customer.CustomerStage;
import com.huoke.customer.CustomerType;
import com.huoke.customer.DealStage;
import com.huoke.customer.segment.SegmentField.CustomFieldValue;
import com.huoke.customer.segment.SegmentField.CustomerColumn;
import com.huoke.customer.segment.SegmentField.DealCount;
import com.huoke.customer.segment.SegmentField.DealStages;
import com.huoke.customer.segment.SegmentField.Location;
import com.huoke.customer.segment.SegmentField.SourceColumn;
import com.huoke.workers.lead.CompanySize;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fields segment rules can use, named as the customer API names them ({@code company.industry},
 * {@code firstTouch.utmSource}), plus {@code customFields.<key>} for defined custom fields.
 */
public final class SegmentFields {

  /** The prefix of custom fields: {@code customFields.budget}. */
  public static final String CUSTOM_PREFIX = "customFields.";

  private static final Pattern CUSTOM_KEY = Pattern.compile("[a-z][a-z0-9_]{0,49}");

  private static final Set<SegmentOperator> COUNT_OPERATORS =
      EnumSet.of(
          SegmentOperator.EQ,
          SegmentOperator.NEQ,
          SegmentOperator.GT,
          SegmentOperator.GTE,
          SegmentOperator.LT,
          SegmentOperator.LTE,
          SegmentOperator.BETWEEN);

  private static final Map<String, SegmentField> BUILT_IN = new LinkedHashMap<>();

  static {
    choice("stage", names(CustomerStage.values()), new CustomerColumn("c.stage"));
    choice("type", names(CustomerType.values()), new CustomerColumn("c.type"));
    add("score", SegmentValueType.NUMBER, new CustomerColumn("c.score"));
    add("ownerUserId", SegmentValueType.TEXT, new CustomerColumn("c.owner_user_id"));
    add("company.name", SegmentValueType.TEXT, new CustomerColumn("c.company_name"));
    add("company.industry", SegmentValueType.TEXT, new CustomerColumn("c.company_industry"));
    choice("company.size", names(CompanySize.values()), new CustomerColumn("c.company_size"));
    add("company.province", SegmentValueType.TEXT, new CustomerColumn("c.company_province"));
    add("company.city", SegmentValueType.TEXT, new CustomerColumn("c.company_city"));
    add("createdAt", SegmentValueType.TIMESTAMP, new CustomerColumn("c.created_at"));
    add("lastActivityAt", SegmentValueType.TIMESTAMP, new CustomerColumn("c.last_activity_at"));
    for (String[] touch :
        new String[][] {
          {"platform", "platform"},
          {"channel", "channel"},
          {"campaign", "campaign"},
          {"utmSource", "utm_source"},
          {"utmMedium", "utm_medium"},
          {"utmCampaign", "utm_campaign"},
          {"utmContent", "utm_content"}
        }) {
      add(
          "firstTouch." + touch[0],
          SegmentValueType.TEXT,
          new CustomerColumn("c.first_" + touch[1]));
      add("sources." + touch[0], SegmentValueType.TEXT, new SourceColumn("s." + touch[1]));
    }
    add("tags", SegmentValueType.TAG, new SegmentField.Tags());
    choice("deals.stage", names(DealStage.values()), new DealStages());
    BUILT_IN.put(
        "deals.openCount",
        new SegmentField(
            "deals.openCount",
            SegmentValueType.NUMBER,
            COUNT_OPERATORS,
            List.of(),
            new DealCount(DealStage.OPEN)));
    BUILT_IN.put(
        "deals.wonCount",
        new SegmentField(
            "deals.wonCount",
            SegmentValueType.NUMBER,
            COUNT_OPERATORS,
            List.of(),
            new DealCount(DealStage.WON)));
  }

  private SegmentFields() {}

  /** The built-in field called {@code name}. */
  public static Optional<SegmentField> builtIn(String name) {
    return Optional.ofNullable(BUILT_IN.get(name));
  }

  /** Every built-in field name, in the order the API documents them. */
  public static List<String> builtInNames() {
    return List.copyOf(BUILT_IN.keySet());
  }

  /** The custom field key in {@code customFields.<key>}, when the name has that form. */
  public static Optional<String> customKey(String name) {
    if (!name.startsWith(CUSTOM_PREFIX)) {
      return Optional.empty();
    }
    String key = name.substring(CUSTOM_PREFIX.length());
    return CUSTOM_KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
  }

  /** The segment field of a defined custom field. */
  public static SegmentField custom(CustomFieldView definition) {
    String name = CUSTOM_PREFIX + definition.key();
    return switch (definition.type()) {
      case TEXT ->
          field(name, SegmentValueType.TEXT, customValue(definition, "text_value"), List.of());
      case NUMBER ->
          field(name, SegmentValueType.NUMBER, customValue(definition, "number_value"), List.of());
      case DATE ->
          field(name, SegmentValueType.DATE, customValue(definition, "date_value"), List.of());
      case OPTION ->
          field(
              name,
              SegmentValueType.CHOICE,
              customValue(definition, "text_value"),
              definition.options());
    };
  }

  private static CustomFieldValue customValue(CustomFieldView definition, String column) {
    return new CustomFieldValue(definition.key(), column);
  }

  private static void add(String name, SegmentValueType type, Location location) {
    BUILT_IN.put(name, field(name, type, location, List.of()));
  }

  private static void choice(String name, List<String> choices, Location location) {
    BUILT_IN.put(name, field(name, SegmentValueType.CHOICE, location, choices));
  }

  private static SegmentField field(
      String name, SegmentValueType type, Location location, List<String> choices) {
    return new SegmentField(name, type, type.operators(), choices, location);
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
