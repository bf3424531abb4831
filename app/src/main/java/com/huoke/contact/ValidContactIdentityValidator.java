package com.huoke.contact;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidContactIdentity}; missing kind or id are left to their own constraints. */
public final class ValidContactIdentityValidator
    implements ConstraintValidator<ValidContactIdentity, ContactIdentity> {

  @Override
  public boolean isValid(ContactIdentity identity, ConstraintValidatorContext context) {
    if (identity == null || identity.kind() == null || identity.id() == null) {
      return true;
    }
    Normalised normalised = ContactIdentities.normalise(identity.kind(), identity.id());
    if (!normalised.isRejected()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context
        .buildConstraintViolationWithTemplate(normalised.rejection())
        .addPropertyNode("id")
        .addConstraintViolation();
    return false;
  }
}
