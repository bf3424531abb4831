package com.huoke.customer;

import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes timeline entries and announces changes: every change to a customer goes through here, so
 * the timeline, {@code lastActivityAt} and {@link CustomerChanged} stay in step.
 */
@Component
class Timeline {

  private final CustomerActivityRepository activities;
  private final ApplicationEventPublisher events;

  Timeline(CustomerActivityRepository activities, ApplicationEventPublisher events) {
    this.activities = activities;
    this.events = events;
  }

  /** Records {@code activity} on the (locked or new) customer by {@code actor}. */
  void record(Customer customer, NewActivity activity, String actor) {
    activities.save(CustomerActivity.of(customer.id(), activity, actor));
    customer.recordActivityAt(activity.occurredAt(), activity.type().customerInitiated());
  }

  /** Publishes a {@link CustomerChanged}. */
  void changed(Customer customer, CustomerChange change, Instant at) {
    events.publishEvent(new CustomerChanged(customer.id(), change, at));
  }
}
