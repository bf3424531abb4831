package com.huoke.workers.lead;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import org.springframework.stereotype.Component;

/** Job type {@code add-to-nurture-pool}: a cold lead joins the nurture pool. */
@Component
public class AddToNurturePoolWorker {

  private final LeadRecords records;

  public AddToNurturePoolWorker(LeadRecords records) {
    this.records = records;
  }

  @JobWorker(type = "add-to-nurture-pool")
  public void addToNurturePool(@Variable(name = "leadId") String leadId) {
    try {
      records.addToNurturePool(leadId);
    } catch (UnknownLeadException e) {
      throw CamundaError.jobError(e.getMessage(), null, 0);
    }
  }
}
