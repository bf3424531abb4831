package com.huoke.lead;

import com.huoke.customer.CustomerDirectory;
import com.huoke.workers.lead.LeadEscalated;
import com.huoke.workers.lead.LeadProfile;
import com.huoke.workers.lead.LeadQualification;
import com.huoke.workers.lead.LeadRecords;
import com.huoke.workers.lead.ScoreBreakdown;
import com.huoke.workers.lead.UnknownLeadException;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lead-intake workers' view of the lead store, each call its own transaction. */
@Component
class LeadRecordsAdapter implements LeadRecords {

  private final LeadRepository leads;
  private final CustomerDirectory customers;

  LeadRecordsAdapter(LeadRepository leads, CustomerDirectory customers) {
    this.leads = leads;
    this.customers = customers;
  }

  @Override
  @Transactional(readOnly = true)
  public LeadProfile profile(String leadId) {
    return load(leadId).profile();
  }

  /** Also hands the score to the lead's customer, whose score follows its leads'. */
  @Override
  @Transactional
  public void recordScore(String leadId, ScoreBreakdown breakdown, boolean hot) {
    Lead lead = load(leadId);
    lead.recordScore(breakdown, hot, Instant.now());
    customers.recordLeadScore(lead.id(), breakdown.total());
  }

  @Override
  @Transactional
  public void addToNurturePool(String leadId) {
    load(leadId).addToNurturePool(Instant.now());
  }

  @Override
  @Transactional
  public void recordEscalation(String leadId, LeadEscalated escalation) {
    load(leadId).recordEscalation(escalation, Instant.now());
  }

  @Override
  @Transactional
  public void recordQualification(String leadId, LeadQualification qualification) {
    load(leadId).recordQualification(qualification, Instant.now());
  }

  private Lead load(String leadId) {
    UUID id;
    try {
      id = UUID.fromString(leadId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UnknownLeadException(leadId);
    }
    return leads.findById(id).orElseThrow(() -> new UnknownLeadException(leadId));
  }
}
