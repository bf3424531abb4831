package com.huoke.customer;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's timeline (seed §2.2.1 客户旅程), newest first. */
@Service
public class CustomerTimeline {

  private final LiveCustomers live;
  private final CustomerActivityRepository activities;

  CustomerTimeline(LiveCustomers live, CustomerActivityRepository activities) {
    this.live = live;
    this.activities = activities;
  }

  /** One page of the (live) customer's timeline; {@code page} counts from 0. */
  @Transactional(readOnly = true)
  public TimelinePage page(UUID customerId, int page, int size) {
    Page<CustomerActivity> found =
        activities.findByCustomerId(
            live.forReading(customerId).id(),
            PageRequest.of(
                page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
    return new TimelinePage(
        found
            .map(
                a ->
                    new TimelineEntry(
                        a.id(),
                        a.type(),
                        a.occurredAt(),
                        a.summary(),
                        a.details(),
                        a.leadId(),
                        a.actor()))
            .getContent(),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }
}
