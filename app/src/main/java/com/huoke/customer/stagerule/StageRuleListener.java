package com.huoke.customer.stagerule;

import com.huoke.customer.BeforeCommitFollowUp;
import com.huoke.customer.CustomerChange;
import com.huoke.customer.CustomerChanged;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Re-applies the stage rules to a changed customer just before the change commits, once per
 * customer and transaction (see {@link BeforeCommitFollowUp} for why not after commit). Stage
 * changes themselves are ignored: a rule's own move must not trigger the rules again, and a stage
 * set by hand stands until the customer's data changes.
 */
@Component
class StageRuleListener {

  /** After the churn warning is cleared: a cleared warning can change what the rules decide. */
  static final int ORDER = 100;

  private final BeforeCommitFollowUp followUp;

  StageRuleListener(StageRules rules, EntityManager entityManager) {
    this.followUp =
        new BeforeCommitFollowUp(
            "stage-rules",
            ORDER,
            entityManager,
            customerId -> rules.applyInCurrentTransaction(customerId, Instant.now()));
  }

  @EventListener
  void on(CustomerChanged changed) {
    if (changed.change() != CustomerChange.STAGE) {
      followUp.schedule(changed.customerId());
    }
  }
}
