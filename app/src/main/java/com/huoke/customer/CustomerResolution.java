package com.huoke.customer;

import java.util.List;
import java.util.UUID;

/**
 * The customer a lead belongs to, and how it was found: {@code mergedCustomerIds} are the customers
 * this capture proved to be the same person and merged into {@code customerId}.
 */
public record CustomerResolution(UUID customerId, Outcome outcome, List<UUID> mergedCustomerIds) {

  /** New customer, existing customer, or several existing customers merged into one. */
  public enum Outcome {
    CREATED,
    ATTACHED,
    MERGED
  }
}
