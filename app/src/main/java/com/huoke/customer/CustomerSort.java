package com.huoke.customer;

import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Sort;

/**
 * The list's order, from {@code sort=<field>[,asc|desc]}: lastActivityAt (default, newest first),
 * createdAt, updatedAt, score, name. Customers without a value come last either way.
 */
public record CustomerSort(String field, Sort.Direction direction) {

  private static final Map<String, String> FIELDS =
      Map.of(
          "lastActivityAt", "lastActivityAt",
          "createdAt", "createdAt",
          "updatedAt", "updatedAt",
          "score", "score",
          "name", "name");

  public static final CustomerSort DEFAULT =
      new CustomerSort("lastActivityAt", Sort.Direction.DESC);

  /** Reads {@code score,desc}; throws {@link InvalidCustomerRequestException} naming "sort". */
  public static CustomerSort parse(String sort) {
    if (sort == null || sort.isBlank()) {
      return DEFAULT;
    }
    String[] parts = sort.split(",", -1);
    String field = parts[0].strip();
    if (!FIELDS.containsKey(field) || parts.length > 2) {
      throw invalid();
    }
    if (parts.length == 1) {
      return new CustomerSort(field, Sort.Direction.DESC);
    }
    return switch (parts[1].strip().toLowerCase(Locale.ROOT)) {
      case "asc" -> new CustomerSort(field, Sort.Direction.ASC);
      case "desc" -> new CustomerSort(field, Sort.Direction.DESC);
      default -> throw invalid();
    };
  }

  /** The attribute of {@link Customer} to order by. */
  String attribute() {
    return FIELDS.get(field);
  }

  private static InvalidCustomerRequestException invalid() {
    return new InvalidCustomerRequestException(
        "sort",
        "must be one of "
            + String.join(", ", FIELDS.keySet().stream().sorted().toList())
            + ", optionally followed by ,asc or ,desc");
  }
}
