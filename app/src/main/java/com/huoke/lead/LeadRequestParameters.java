package com.huoke.lead;

import com.huoke.web.InvalidField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the lead API's query parameters that Spring cannot type on its own — statuses, platforms,
 * dates and sort keys — collecting every invalid one so a single 400 names them all.
 */
final class LeadRequestParameters {

  static final int MAX_TEXT_LENGTH = 100;

  private final ZoneId zone;
  private final List<InvalidField> errors = new ArrayList<>();

  LeadRequestParameters(ZoneId zone) {
    this.zone = zone;
  }

  /** Values given repeatedly or comma-separated, e.g. {@code status=NEW,QUALIFYING}. */
  <E extends Enum<E>> Set<E> enums(String name, List<String> values, Class<E> type) {
    Set<E> parsed = EnumSet.noneOf(type);
    for (String value : split(values)) {
      try {
        parsed.add(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        errors.add(
            new InvalidField(
                name,
                "must be one of %s, but got '%s'"
                    .formatted(Arrays.toString(type.getEnumConstants()), value)));
      }
    }
    return parsed;
  }

  /** The start of a range: a date-time with offset, or a date (its midnight in the time zone). */
  Instant from(String name, String value) {
    return instant(name, value, false);
  }

  /** The (exclusive) end of a range: a date-time with offset, or a date (its whole day counts). */
  Instant to(String name, String value) {
    return instant(name, value, true);
  }

  /** Blank means no filter. */
  String text(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.length() > MAX_TEXT_LENGTH) {
      errors.add(new InvalidField(name, "must be at most " + MAX_TEXT_LENGTH + " characters"));
    }
    return trimmed;
  }

  /** {@code field} or {@code field,asc|desc}, given repeatedly in order of precedence. */
  List<LeadQuery.Order> sort(String name, List<String> values) {
    List<LeadQuery.Order> orders = new ArrayList<>();
    if (values == null) {
      return orders;
    }
    for (String value : values) {
      String[] parts = value.split(",", -1);
      LeadQuery.Field field =
          Arrays.stream(LeadQuery.Field.values())
              .filter(f -> f.apiName().equals(parts[0].strip()))
              .findFirst()
              .orElse(null);
      String direction = parts.length > 1 ? parts[1].strip().toLowerCase(Locale.ROOT) : "asc";
      if (field == null || parts.length > 2 || !Set.of("asc", "desc").contains(direction)) {
        errors.add(
            new InvalidField(
                name,
                "must be one of %s, optionally followed by ,asc or ,desc, but got '%s'"
                    .formatted(
                        Arrays.stream(LeadQuery.Field.values())
                            .map(LeadQuery.Field::apiName)
                            .toList(),
                        value)));
      } else {
        orders.add(new LeadQuery.Order(field, direction.equals("desc")));
      }
    }
    return orders;
  }

  /** Records {@code message} against {@code name} when {@code valid} is false. */
  void check(boolean valid, String name, String message) {
    if (!valid) {
      errors.add(new InvalidField(name, message));
    }
  }

  /** Throws {@link InvalidLeadRequestException} naming every invalid parameter seen. */
  void throwIfInvalid() {
    if (!errors.isEmpty()) {
      throw new InvalidLeadRequestException(errors);
    }
  }

  private Instant instant(String name, String value, boolean endOfRange) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() == 10) {
        LocalDate date = LocalDate.parse(text);
        return (endOfRange ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      errors.add(
          new InvalidField(
              name,
              "must be a date such as 2026-11-01 or a date-time with offset such as"
                  + " 2026-11-01T08:00:00+08:00, but got '%s'".formatted(text)));
      return null;
    }
  }

  private static List<String> split(List<String> values) {
    if (values == null) {
      return List.of();
    }
    return values.stream()
        .flatMap(v -> Arrays.stream(v.split(",")))
        .map(String::strip)
        .filter(v -> !v.isEmpty())
        .toList();
  }
}
