package com.huoke.customer.stagerule;

import com.huoke.customer.CustomerChange;
import com.huoke.customer.CustomerChanged;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Re-applies the stage rules once a change to a customer is committed. Stage changes themselves are
 * ignored: a rule's own move must not trigger the rules again, and a stage set by hand stands until
 * the customer's data changes.
 */
@Component
class StageRuleListener {

  private static final Logger log = LoggerFactory.getLogger(StageRuleListener.class);

  private final StageRules rules;

  StageRuleListener(StageRules rules) {
    this.rules = rules;
  }

  @TransactionalEventListener
  void on(CustomerChanged changed) {
    if (changed.change() == CustomerChange.STAGE) {
      return;
    }
    try {
      rules.apply(changed.customerId(), Instant.now());
    } catch (RuntimeException e) {
      // the change is committed; the nightly sweep applies the rules again
      log.warn("Stage rules failed for customer {}: {}", changed.customerId(), e.toString());
    }
  }
}
