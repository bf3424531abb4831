package com.huoke.customer.churn;

import com.huoke.customer.CustomerChange;
import com.huoke.customer.CustomerChanged;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Clears a customer's churn warning once a change that can bring new activity is committed (a lead,
 * a message, a merge); tag and stage changes cannot, so they are ignored.
 */
@Component
class ChurnListener {

  private static final Logger log = LoggerFactory.getLogger(ChurnListener.class);
  private static final Set<CustomerChange> NO_ACTIVITY =
      EnumSet.of(CustomerChange.TAGS, CustomerChange.STAGE);

  private final ChurnWarning warning;

  ChurnListener(ChurnWarning warning) {
    this.warning = warning;
  }

  @TransactionalEventListener
  void on(CustomerChanged changed) {
    if (NO_ACTIVITY.contains(changed.change())) {
      return;
    }
    try {
      warning.clearIfActive(changed.customerId(), Instant.now());
    } catch (RuntimeException e) {
      // the change is committed; the nightly check clears the warning instead
      log.warn("Could not clear the churn warning of {}: {}", changed.customerId(), e.toString());
    }
  }
}
