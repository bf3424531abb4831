package com.huoke.workers.lead;

/** A job names a lead the store does not have: retrying cannot help. */
public class UnknownLeadException extends RuntimeException {

  public UnknownLeadException(String leadId) {
    super("Expected lead '%s' to exist, but it does not".formatted(leadId));
  }
}
