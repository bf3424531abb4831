package com.huoke.customer;

import java.util.UUID;

/** A change was asked of a customer that was merged into another; it must go to the survivor. */
public class CustomerMergedException extends RuntimeException {

  private final UUID customerId;
  private final UUID survivorId;

  public CustomerMergedException(UUID customerId, UUID survivorId) {
    super(
        "Expected a live customer, but %s was merged into %s; change that one instead"
            .formatted(customerId, survivorId));
    this.customerId = customerId;
    this.survivorId = survivorId;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID survivorId() {
    return survivorId;
  }
}
