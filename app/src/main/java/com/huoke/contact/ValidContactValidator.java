package com.huoke.contact;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidContact} with the normaliser of its kind. */
public final class ValidContactValidator implements ConstraintValidator<ValidContact, String> {

  private IdentityKind kind;

  @Override
  public void initialize(ValidContact constraint) {
    this.kind = constraint.value();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    Normalised normalised = ContactIdentities.normalise(kind, value);
    if (!normalised.isRejected()) {
      return true;
    }
    // the reason never contains the input, so it is safe as a message template
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(normalised.rejection()).addConstraintViolation();
    return false;
  }
}
