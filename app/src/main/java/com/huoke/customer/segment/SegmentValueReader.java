package com.huoke.customer.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.customer.TagCategory;
import com.huoke.customer.TagRef;
import com.huoke.web.InvalidField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code value} of a condition into a typed {@link ConditionValue}, or records why it
 * cannot: the shape comes from the operator (one value, a list, a range, days, none), each element
 * from the field's type.
 */
final class SegmentValueReader {

  static final int MAX_LIST = 500;
  static final int MAX_TEXT = 1000;
  static final int MAX_DAYS = 36500;
  private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1E15");

  private final ZoneId zone;

  SegmentValueReader(ZoneId zone) {
    this.zone = zone;
  }

  /** The value, or null after adding to {@code errors}. */
  ConditionValue read(
      SegmentField field,
      SegmentOperator operator,
      JsonNode value,
      String path,
      List<InvalidField> errors) {
    boolean absent = value == null || value.isNull() || value.isMissingNode();
    if (operator.arity() == SegmentOperator.Arity.NONE) {
      if (!absent) {
        errors.add(new InvalidField(path, "must be left out for " + operator.json()));
        return null;
      }
      return new ConditionValue.None();
    }
    if (absent) {
      errors.add(new InvalidField(path, "is required for " + operator.json()));
      return null;
    }
    return switch (operator.arity()) {
      case ONE -> one(field, operator, value, path, errors);
      case LIST -> many(field, value, path, errors);
      case RANGE -> range(field, value, path, errors);
      case DAYS -> days(value, path, errors);
      case NONE -> throw new IllegalStateException("handled above");
    };
  }

  private ConditionValue one(
      SegmentField field,
      SegmentOperator operator,
      JsonNode value,
      String path,
      List<InvalidField> errors) {
    Object element = element(field, value, path, errors);
    if (element == null) {
      return null;
    }
    if (operator == SegmentOperator.CONTAINS && element instanceof String text && text.isEmpty()) {
      errors.add(new InvalidField(path, "must not be empty for contains"));
      return null;
    }
    return new ConditionValue.One(element);
  }

  private ConditionValue many(
      SegmentField field, JsonNode value, String path, List<InvalidField> errors) {
    if (!value.isArray() || value.isEmpty() || value.size() > MAX_LIST) {
      errors.add(new InvalidField(path, "must be an array of 1 to " + MAX_LIST + " values"));
      return null;
    }
    List<Object> elements = new ArrayList<>();
    int before = errors.size();
    for (int i = 0; i < value.size(); i++) {
      elements.add(element(field, value.get(i), path + "[" + i + "]", errors));
    }
    return errors.size() == before ? new ConditionValue.Many(elements) : null;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private ConditionValue range(
      SegmentField field, JsonNode value, String path, List<InvalidField> errors) {
    if (!value.isArray() || value.size() != 2) {
      errors.add(new InvalidField(path, "must be an array of two values: [low, high]"));
      return null;
    }
    int before = errors.size();
    Object low = element(field, value.get(0), path + "[0]", errors);
    Object high = element(field, value.get(1), path + "[1]", errors);
    if (errors.size() != before) {
      return null;
    }
    if (((Comparable) low).compareTo(high) > 0) {
      errors.add(new InvalidField(path, "must list the low end first"));
      return null;
    }
    return new ConditionValue.Range(low, high);
  }

  private static ConditionValue days(JsonNode value, String path, List<InvalidField> errors) {
    if (!value.isIntegralNumber()
        || !value.canConvertToInt()
        || value.intValue() < 1
        || value.intValue() > MAX_DAYS) {
      errors.add(new InvalidField(path, "must be a whole number of days from 1 to " + MAX_DAYS));
      return null;
    }
    return new ConditionValue.Days(value.intValue());
  }

  /** One element of the field's type, or null after adding to {@code errors}. */
  private Object element(
      SegmentField field, JsonNode value, String path, List<InvalidField> errors) {
    try {
      return switch (field.type()) {
        case TEXT -> text(value);
        case NUMBER -> number(value);
        case TIMESTAMP -> timestamp(value);
        case DATE -> date(value);
        case CHOICE -> choice(field.choices(), value);
        case TAG -> tag(value);
      };
    } catch (IllegalArgumentException invalid) {
      errors.add(new InvalidField(path, invalid.getMessage()));
      return null;
    }
  }

  private static String text(JsonNode value) {
    if (!value.isTextual() || value.textValue().length() > MAX_TEXT) {
      throw new IllegalArgumentException("must be text of at most " + MAX_TEXT + " characters");
    }
    return value.textValue().strip();
  }

  private static BigDecimal number(JsonNode value) {
    if (!value.isNumber() || value.decimalValue().abs().compareTo(NUMBER_LIMIT) >= 0) {
      throw new IllegalArgumentException("must be a number below 10^15");
    }
    return value.decimalValue();
  }

  private Instant timestamp(JsonNode value) {
    String text = value.isTextual() ? value.textValue().strip() : "";
    try {
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(zone).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "must be an ISO-8601 time such as 2026-03-01T08:00:00Z or a date such as 2026-03-01");
    }
  }

  private static LocalDate date(JsonNode value) {
    try {
      return LocalDate.parse(value.isTextual() ? value.textValue().strip() : "");
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("must be a date such as 2026-03-01");
    }
  }

  private static String choice(List<String> choices, JsonNode value) {
    if (!value.isTextual() || !choices.contains(value.textValue().strip())) {
      throw new IllegalArgumentException("must be one of " + choices);
    }
    return value.textValue().strip();
  }

  private static TagRef tag(JsonNode value) {
    Set<String> allowed = Set.of("category", "name");
    boolean onlyKnownKeys = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      onlyKnownKeys &= allowed.contains(it.next().getKey());
    }
    JsonNode category = value.get("category");
    JsonNode name = value.get("name");
    if (!value.isObject()
        || !onlyKnownKeys
        || category == null
        || !category.isTextual()
        || Arrays.stream(TagCategory.values()).noneMatch(c -> c.name().equals(category.textValue()))
        || name == null
        || !name.isTextual()
        || name.textValue().isBlank()
        || name.textValue().length() > 100) {
      throw new IllegalArgumentException(
          "must be a tag such as {\"category\": \"VALUE\", \"name\": \"高价值\"}, category one of "
              + Arrays.toString(TagCategory.values()));
    }
    return new TagRef(TagCategory.valueOf(category.textValue()), name.textValue());
  }
}
