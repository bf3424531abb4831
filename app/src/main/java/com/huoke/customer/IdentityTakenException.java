package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import java.util.List;
import java.util.UUID;

/** A phone, WeChat id, e-mail or platform id given for a customer belongs to another one. */
public class IdentityTakenException extends RuntimeException {

  private final UUID existingCustomerId;
  private final List<IdentityKind> kinds;

  public IdentityTakenException(UUID existingCustomerId, List<IdentityKind> kinds) {
    super(
        "Expected contact details no other customer has, but %s belongs to customer %s"
            .formatted(
                String.join(", ", kinds.stream().map(Enum::name).toList()), existingCustomerId));
    this.existingCustomerId = existingCustomerId;
    this.kinds = List.copyOf(kinds);
  }

  public UUID existingCustomerId() {
    return existingCustomerId;
  }

  public List<IdentityKind> kinds() {
    return kinds;
  }
}
