package com.huoke.channel;

import com.huoke.web.InvalidField;
import java.util.List;

/** A channel or tracking-link request the API refuses; answered 400 naming each field. */
class InvalidChannelRequestException extends RuntimeException {

  private final List<InvalidField> errors;

  InvalidChannelRequestException(List<InvalidField> errors) {
    super(
        "Expected a valid request, but "
            + String.join(", ", errors.stream().map(e -> e.field() + " " + e.message()).toList()));
    this.errors = List.copyOf(errors);
  }

  InvalidChannelRequestException(String field, String message) {
    this(List.of(new InvalidField(field, message)));
  }

  List<InvalidField> errors() {
    return errors;
  }
}
