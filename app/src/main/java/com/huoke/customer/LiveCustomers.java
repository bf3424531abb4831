package com.huoke.customer;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Loads the customer an API call is about: reads follow a tombstone to the survivor, so old links
 * keep working; changes to a tombstone are refused with the survivor's id.
 */
@Component
class LiveCustomers {

  private static final int MAX_HOPS = 32;

  private final CustomerRepository customers;

  LiveCustomers(CustomerRepository customers) {
    this.customers = customers;
  }

  /** The live customer behind {@code id} (itself, or the survivor it was merged into). */
  Customer forReading(UUID id) {
    UUID next = id;
    for (int hop = 0; hop < MAX_HOPS; hop++) {
      Customer customer =
          customers.findById(next).orElseThrow(() -> new CustomerNotFoundException(id));
      if (!customer.isMerged()) {
        return customer;
      }
      next = customer.mergedIntoId();
    }
    throw new IllegalStateException("Expected a live customer behind " + id + ", but none found");
  }

  /** The customer locked for a change; 404 when unknown, 409 when it is a tombstone. */
  Customer forChange(UUID id) {
    Customer customer =
        customers.findForUpdate(id).orElseThrow(() -> new CustomerNotFoundException(id));
    if (customer.isMerged()) {
      throw new CustomerMergedException(id, forReading(customer.mergedIntoId()).id());
    }
    return customer;
  }
}
