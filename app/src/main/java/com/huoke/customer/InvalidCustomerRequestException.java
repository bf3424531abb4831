package com.huoke.customer;

import com.huoke.web.InvalidField;
import java.util.List;

/**
 * A request that passed bean validation but fails a rule needing the database (custom field
 * definitions, leads of a split): answered with 400 and the fields at fault.
 */
public class InvalidCustomerRequestException extends RuntimeException {

  private final List<InvalidField> errors;

  public InvalidCustomerRequestException(List<InvalidField> errors) {
    super(
        "Expected a valid request, but "
            + String.join(", ", errors.stream().map(e -> e.field() + " " + e.message()).toList()));
    this.errors = List.copyOf(errors);
  }

  public InvalidCustomerRequestException(String field, String message) {
    this(List.of(new InvalidField(field, message)));
  }

  public List<InvalidField> errors() {
    return errors;
  }
}
