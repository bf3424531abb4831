package com.huoke.customer;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves customers between lifecycle stages (seed §2.2.2), each move on the timeline and announced
 * as {@link CustomerChanged} with {@link CustomerChange#STAGE}. Stage rules call {@link
 * #moveToStage}; the API's PUT goes through the same path.
 */
@Service
public class CustomerLifecycle {

  private final LiveCustomers live;
  private final Timeline timeline;

  CustomerLifecycle(LiveCustomers live, Timeline timeline) {
    this.live = live;
    this.timeline = timeline;
  }

  /**
   * Moves the customer to {@code stage} (up or down) for {@code reason}, e.g. "deal won"; a
   * customer already there is left alone. Returns true when the stage changed.
   */
  @Transactional
  public boolean moveToStage(UUID customerId, CustomerStage stage, String reason) {
    return change(live.forChange(customerId), stage, reason, Actors.SYSTEM, Instant.now());
  }

  boolean change(Customer customer, CustomerStage stage, String reason, String actor, Instant now) {
    if (stage == null || stage == customer.stage()) {
      return false;
    }
    CustomerStage previous = customer.moveTo(stage, now);
    String summary =
        "Stage %s → %s".formatted(previous.label(), stage.label())
            + (reason == null || reason.isBlank() ? "" : ": " + reason);
    timeline.record(
        customer,
        new NewActivity(
            ActivityType.STAGE_CHANGED,
            now,
            summary,
            Map.of("from", previous.name(), "to", stage.name()),
            null),
        actor);
    timeline.changed(customer, CustomerChange.STAGE, now);
    return true;
  }
}
