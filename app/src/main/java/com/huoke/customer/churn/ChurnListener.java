package com.huoke.customer.churn;

import com.huoke.customer.BeforeCommitFollowUp;
import com.huoke.customer.CustomerChange;
import com.huoke.customer.CustomerChanged;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Clears a customer's churn warning just before a change that can bring new activity commits (a
 * lead, a message, a merge), once per customer and transaction (see {@link BeforeCommitFollowUp}
 * for why not after commit); tag and stage changes cannot, so they are ignored.
 */
@Component
class ChurnListener {

  private static final Set<CustomerChange> NO_ACTIVITY =
      EnumSet.of(CustomerChange.TAGS, CustomerChange.STAGE);

  /** Before the stage rules, which may decide differently once the warning is gone. */
  static final int ORDER = 50;

  private final BeforeCommitFollowUp followUp;

  ChurnListener(ChurnWarning warning, EntityManager entityManager) {
    this.followUp =
        new BeforeCommitFollowUp(
            "churn-warning",
            ORDER,
            entityManager,
            customerId -> warning.clearIfActiveInCurrentTransaction(customerId, Instant.now()));
  }

  @EventListener
  void on(CustomerChanged changed) {
    if (!NO_ACTIVITY.contains(changed.change())) {
      followUp.schedule(changed.customerId());
    }
  }
}
