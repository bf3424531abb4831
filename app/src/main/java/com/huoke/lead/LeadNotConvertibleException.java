package com.huoke.lead;

import java.util.UUID;

/** The lead was already converted or ruled out: answered with 409. */
public class LeadNotConvertibleException extends RuntimeException {

  private final LeadStatus status;

  public LeadNotConvertibleException(UUID id, LeadStatus status) {
    super("Expected lead '%s' to be open for conversion, but it is %s".formatted(id, status));
    this.status = status;
  }

  public LeadStatus status() {
    return status;
  }
}
