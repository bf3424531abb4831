package com.huoke.process;

import com.huoke.web.InvalidField;

/** A request parameter with a value the API does not take: 400 naming the parameter. */
class InvalidParameterException extends RuntimeException {

  private final InvalidField error;

  InvalidParameterException(String field, String message) {
    super("Expected a valid request, but one field is invalid: " + field);
    this.error = new InvalidField(field, message);
  }

  InvalidField error() {
    return error;
  }
}
