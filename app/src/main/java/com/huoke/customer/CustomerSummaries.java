package com.huoke.customer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Customers picked by id as rows of a list — masked as the customer list masks them — for features
 * that select customers themselves, such as segments.
 */
@Component
public class CustomerSummaries {

  private final CustomerRepository customers;
  private final CustomerViews views;

  CustomerSummaries(CustomerRepository customers, CustomerViews views) {
    this.customers = customers;
    this.views = views;
  }

  /** The summaries of {@code ids} in the same order; ids of unknown customers are skipped. */
  @Transactional(readOnly = true)
  public List<CustomerSummary> of(List<UUID> ids) {
    Map<UUID, Customer> found =
        customers.findAllById(ids).stream()
            .collect(Collectors.toMap(Customer::id, Function.identity()));
    return views.summaries(ids.stream().map(found::get).filter(Objects::nonNull).toList());
  }
}
