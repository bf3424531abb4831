package com.huoke.lead;

import com.huoke.web.InvalidField;
import java.util.List;

/** Query parameters of the lead API that cannot be read: answered with 400 naming each. */
public class InvalidLeadRequestException extends RuntimeException {

  private final List<InvalidField> errors;

  public InvalidLeadRequestException(List<InvalidField> errors) {
    super(
        "Expected valid parameters, but "
            + String.join(", ", errors.stream().map(InvalidField::field).toList())
            + (errors.size() == 1 ? " is" : " are")
            + " invalid");
    this.errors = List.copyOf(errors);
  }

  public List<InvalidField> errors() {
    return errors;
  }
}
