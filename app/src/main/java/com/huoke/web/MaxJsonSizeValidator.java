package com.huoke.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.nio.charset.StandardCharsets;

/** Measures free-form JSON as it would be stored, so one huge field cannot bloat a row. */
public final class MaxJsonSizeValidator implements ConstraintValidator<MaxJsonSize, Object> {

  // values here came from JSON, so plain Jackson can write them back
  private static final ObjectMapper JSON = new ObjectMapper();

  private int maxBytes;

  @Override
  public void initialize(MaxJsonSize constraint) {
    this.maxBytes = constraint.bytes();
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      return JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8).length <= maxBytes;
    } catch (JsonProcessingException e) {
      return false;
    }
  }
}
