package com.huoke.customer;

import com.huoke.web.InvalidField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom customer fields (seed §2.2.1 自定义字段): their definitions, and values checked against them.
 */
@Service
public class CustomFields {

  private static final int TEXT_MAX = 1000;
  // numeric(19, 4)
  private static final BigDecimal NUMBER_LIMIT = new BigDecimal("1E15");
  private static final int NUMBER_SCALE = 4;

  private final CustomFieldDefinitionRepository definitions;

  CustomFields(CustomFieldDefinitionRepository definitions) {
    this.definitions = definitions;
  }

  /** Every definition, oldest first. */
  @Transactional(readOnly = true)
  public List<CustomFieldView> definitions() {
    return definitions.findAllByOrderByCreatedAtAscKeyAsc().stream()
        .map(CustomFields::view)
        .toList();
  }

  /** Defines a field; its key must be new. */
  @Transactional
  public CustomFieldView define(NewCustomField field) {
    boolean isOption = field.type() == CustomFieldType.OPTION;
    if (isOption && field.options().isEmpty()) {
      throw new InvalidCustomerRequestException(
          "options", "must list the choices of an OPTION field");
    }
    if (!isOption && !field.options().isEmpty()) {
      throw new InvalidCustomerRequestException("options", "are only allowed for OPTION fields");
    }
    if (new HashSet<>(field.options()).size() != field.options().size()) {
      throw new InvalidCustomerRequestException("options", "must not repeat a choice");
    }
    if (definitions.existsById(field.key())) {
      throw exists(field.key());
    }
    try {
      return view(
          definitions.saveAndFlush(
              CustomFieldDefinition.of(
                  field.key(),
                  field.label().strip(),
                  field.type(),
                  field.options(),
                  Instant.now())));
    } catch (DataIntegrityViolationException concurrentlyDefined) {
      throw exists(field.key());
    }
  }

  /**
   * The values of {@code given} (JSON values by key) checked against their definitions; a null
   * value (or empty text) means "remove". Throws {@link InvalidCustomerRequestException} naming
   * every bad key as {@code customFields.<key>}.
   */
  Map<String, FieldValue> parse(Map<String, Object> given) {
    Map<String, FieldValue> parsed = new LinkedHashMap<>();
    List<InvalidField> errors = new ArrayList<>();
    Set<String> keys = given.keySet();
    Map<String, CustomFieldDefinition> known = new LinkedHashMap<>();
    definitions.findAllById(keys).forEach(d -> known.put(d.key(), d));
    for (Map.Entry<String, Object> entry : given.entrySet()) {
      String field = "customFields." + entry.getKey();
      CustomFieldDefinition definition = known.get(entry.getKey());
      if (definition == null) {
        errors.add(
            new InvalidField(
                field, "is not a defined custom field; define it at /api/v1/customers/fields"));
        continue;
      }
      try {
        parsed.put(entry.getKey(), valueOf(definition, entry.getValue()));
      } catch (IllegalArgumentException invalid) {
        errors.add(new InvalidField(field, invalid.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidCustomerRequestException(errors);
    }
    return parsed;
  }

  private static FieldValue valueOf(CustomFieldDefinition definition, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    return switch (definition.type()) {
      case TEXT -> {
        if (!(value instanceof String text) || text.length() > TEXT_MAX) {
          throw new IllegalArgumentException("must be text of at most " + TEXT_MAX + " characters");
        }
        yield new FieldValue(text.strip(), null, null);
      }
      case NUMBER -> new FieldValue(null, number(value), null);
      case DATE -> {
        try {
          yield new FieldValue(null, null, LocalDate.parse(String.valueOf(value)));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException("must be a date such as 2026-03-01");
        }
      }
      case OPTION -> {
        if (!(value instanceof String option) || !definition.options().contains(option.strip())) {
          throw new IllegalArgumentException("must be one of " + definition.options());
        }
        yield new FieldValue(option.strip(), null, null);
      }
    };
  }

  private static BigDecimal number(Object value) {
    if (!(value instanceof Number number)) {
      throw new IllegalArgumentException("must be a number");
    }
    BigDecimal decimal = new BigDecimal(number.toString());
    if (decimal.abs().compareTo(NUMBER_LIMIT) >= 0
        || decimal.stripTrailingZeros().scale() > NUMBER_SCALE) {
      throw new IllegalArgumentException(
          "must be below 10^15 with at most " + NUMBER_SCALE + " decimals");
    }
    return decimal;
  }

  private static ConflictException exists(String key) {
    return new ConflictException(
        "custom_field_exists", "Expected a new custom field key, but '" + key + "' is defined");
  }

  private static CustomFieldView view(CustomFieldDefinition d) {
    return new CustomFieldView(d.key(), d.label(), d.type(), d.options(), d.createdAt());
  }
}
