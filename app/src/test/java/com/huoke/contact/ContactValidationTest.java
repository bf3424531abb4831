package com.huoke.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constraints request records use: the normaliser's reason becomes the field's message. */
class ContactValidationTest {

  record Form(
      @ValidContact(IdentityKind.PHONE) String phone,
      @ValidContact(IdentityKind.WECHAT_ID) String wechat,
      List<@Valid ContactIdentity> identities) {}

  static jakarta.validation.ValidatorFactory factory;
  static Validator validator;

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void acceptsValidAndBlankValues() {
    Form form =
        new Form(
            "138 0013 8000",
            null,
            List.of(new ContactIdentity(IdentityKind.WECHAT_OPENID, "oUpF8uMuAJO")));

    assertThat(validator.validate(form)).isEmpty();
  }

  @Test
  void namesEachInvalidFieldWithTheNormalisersReason() {
    Form form =
        new Form(
            "+86 12812345678",
            "wang fang",
            List.of(new ContactIdentity(IdentityKind.PHONE, "call me maybe")));

    Set<ConstraintViolation<Form>> violations = validator.validate(form);

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("phone", "must be a mainland mobile number: 11 digits starting with 13 to 19"),
            tuple(
                "wechat",
                "must be a WeChat id: 2 to 64 letters, digits, '_' or '-', without spaces"),
            tuple(
                "identities[0].id",
                "must be a phone number: digits with an optional leading +, spaces, '-' or"
                    + " brackets"));
  }

  @Test
  void leavesMissingKindToItsOwnConstraint() {
    Form form = new Form(null, null, List.of(new ContactIdentity(null, "x")));

    assertThat(validator.validate(form))
        .extracting(v -> v.getPropertyPath().toString())
        .containsExactly("identities[0].kind");
  }
}
