package com.huoke.lead;

import com.huoke.customer.CustomerSplit;
import com.huoke.customer.CustomersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each lead pointing at its live customer when the customer module merges or splits
 * customers. Listens synchronously, inside the merging transaction, so the customer change and the
 * re-pointed leads commit (or roll back) together.
 */
@Component
class LeadCustomerLinks {

  private final LeadRepository leads;

  LeadCustomerLinks(LeadRepository leads) {
    this.leads = leads;
  }

  @EventListener
  void on(CustomersMerged merged) {
    leads.repointCustomer(merged.mergedId(), merged.survivorId());
  }

  @EventListener
  void on(CustomerSplit split) {
    leads.moveToCustomer(split.leadIds(), split.newCustomerId());
  }
}
