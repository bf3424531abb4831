package com.huoke.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Manual merge and split of customers, and their history. */
@Service
public class CustomerMerging {

  private final LiveCustomers live;
  private final CustomerMerger merger;
  private final CustomerSplitter splitter;
  private final CustomerMergeRepository merges;
  private final CustomerViews views;

  CustomerMerging(
      LiveCustomers live,
      CustomerMerger merger,
      CustomerSplitter splitter,
      CustomerMergeRepository merges,
      CustomerViews views) {
    this.live = live;
    this.merger = merger;
    this.splitter = splitter;
    this.merges = merges;
    this.views = views;
  }

  /** Merges {@code request.customerId()} into {@code survivorId}; returns the survivor. */
  @Transactional
  public CustomerView merge(UUID survivorId, MergeRequest request) {
    if (survivorId.equals(request.customerId())) {
      throw new InvalidCustomerRequestException("customerId", "must be another customer");
    }
    // lock both in id order, as every locker does, so two opposite merges cannot deadlock
    UUID first = survivorId.compareTo(request.customerId()) < 0 ? survivorId : request.customerId();
    UUID second = first.equals(survivorId) ? request.customerId() : survivorId;
    Customer a = live.forChange(first);
    Customer b = live.forChange(second);
    Customer survivor = a.id().equals(survivorId) ? a : b;
    Customer merged = survivor == a ? b : a;
    merger.merge(
        survivor,
        merged,
        request.reason().strip(),
        List.of(),
        false,
        Actors.current(),
        Instant.now());
    return views.of(survivor);
  }

  /** Splits {@code request.leadIds()} off {@code customerId}; returns the new customer. */
  @Transactional
  public CustomerView split(UUID customerId, SplitRequest request) {
    Customer customer = live.forChange(customerId);
    return views.of(
        splitter.split(
            customer,
            request.leadIds(),
            request.reason().strip(),
            Actors.current(),
            Instant.now()));
  }

  /** Every merge the customer took part in, as survivor or as merged, newest first. */
  @Transactional(readOnly = true)
  public List<MergeView> merges(UUID customerId) {
    live.forReading(customerId);
    return merges.involving(customerId).stream().map(CustomerMerge::view).toList();
  }
}
