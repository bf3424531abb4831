package com.huoke.workers.lead;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;
import org.springframework.stereotype.Component;

/** Job type {@code record-qualification}: stores what sales decided in the qualification form. */
@Component
public class RecordQualificationWorker {

  private final LeadRecords records;

  public RecordQualificationWorker(LeadRecords records) {
    this.records = records;
  }

  @JobWorker(type = "record-qualification")
  public void recordQualification(@VariablesAsType QualificationForm form) {
    try {
      records.recordQualification(
          form.leadId(),
          new LeadQualification(
              QualificationOutcome.fromFormValue(form.outcome()), form.notes(), form.nextStep()));
    } catch (IllegalArgumentException | UnknownLeadException e) {
      // a bad outcome or a vanished lead will not heal by retrying: raise an incident at once
      throw CamundaError.jobError(e.getMessage(), null, 0);
    }
  }

  /** The variables the qualify-lead form leaves on the instance, plus the lead id. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record QualificationForm(String leadId, String outcome, String notes, String nextStep) {}
}
