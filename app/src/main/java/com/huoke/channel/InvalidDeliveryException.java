package com.huoke.channel;

import com.huoke.web.InvalidField;
import java.util.List;

/** A decoded delivery with an event HuoKe cannot accept, e.g. a lead with no way to reach them. */
class InvalidDeliveryException extends RuntimeException {

  static final String CODE = "invalid-event";

  private final List<InvalidField> errors;

  InvalidDeliveryException(List<InvalidField> errors) {
    super(
        "Expected every event to be a valid lead or message, but "
            + String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()));
    this.errors = List.copyOf(errors);
  }

  List<InvalidField> errors() {
    return errors;
  }
}
