package com.huoke.contact;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A {@link ContactIdentity} whose id is valid for its kind; the violation names {@code id}. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidContactIdentityValidator.class)
public @interface ValidContactIdentity {

  String message() default "is not a valid id for its kind";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
