package com.huoke.security;

import com.huoke.web.InvalidField;
import java.util.List;

/** A user request that passes the checks on each field but not the rules between them: 400. */
class InvalidUserRequestException extends RuntimeException {

  private final InvalidField error;

  InvalidUserRequestException(String field, String message) {
    super("Expected a valid request, but field '%s' %s".formatted(field, message));
    this.error = new InvalidField(field, message);
  }

  List<InvalidField> errors() {
    return List.of(error);
  }
}
