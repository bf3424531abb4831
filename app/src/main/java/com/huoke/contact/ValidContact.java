package com.huoke.contact;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A string that the normaliser of {@link #value()} accepts; the message is the normaliser's reason.
 * {@code null} and blank strings are valid (combine with {@code @NotBlank} when required).
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidContactValidator.class)
public @interface ValidContact {

  IdentityKind value();

  String message() default "is not a valid contact value";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
