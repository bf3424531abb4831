package com.huoke.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Free-form JSON (maps, lists) must not exceed {@code bytes} once serialised as UTF-8. */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxJsonSizeValidator.class)
public @interface MaxJsonSize {

  int bytes();

  String message() default "must be at most {bytes} bytes of JSON";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
