package com.huoke.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Locks customers for the rest of the transaction, following tombstones to the live customer: two
 * transactions changing one customer (a capture attaching a lead, a merge, a score) wait for each
 * other instead of losing an update.
 */
@Component
class CustomerLocks {

  /** Far more than any chain: merges re-point older tombstones, so chains stay one step long. */
  private static final int MAX_HOPS = 32;

  private final CustomerRepository customers;

  CustomerLocks(CustomerRepository customers) {
    this.customers = customers;
  }

  /**
   * The live customers behind {@code ids}, locked in id order (so concurrent lockers do not
   * deadlock) and returned oldest first; unknown ids are skipped.
   */
  List<Customer> lockLive(Collection<UUID> ids) {
    Map<UUID, Customer> live = new LinkedHashMap<>();
    ids.stream()
        .distinct()
        .sorted()
        .forEach(
            id -> {
              Customer customer = lockLive(id);
              if (customer != null) {
                live.putIfAbsent(customer.id(), customer);
              }
            });
    List<Customer> oldestFirst = new ArrayList<>(live.values());
    oldestFirst.sort(Comparator.comparing(Customer::createdAt).thenComparing(Customer::id));
    return oldestFirst;
  }

  /** The live customer behind {@code id}, locked; null when there is no such customer. */
  Customer lockLive(UUID id) {
    UUID next = id;
    for (int hop = 0; hop < MAX_HOPS && next != null; hop++) {
      Customer customer = customers.findForUpdate(next).orElse(null);
      if (customer == null || !customer.isMerged()) {
        return customer;
      }
      next = customer.mergedIntoId();
    }
    throw new IllegalStateException("Expected a live customer behind " + id + ", but none found");
  }
}
