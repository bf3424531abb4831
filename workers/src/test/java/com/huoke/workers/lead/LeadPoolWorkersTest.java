package com.huoke.workers.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.JobError;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadPoolWorkersTest {

  final FakeLeadRecords records =
      new FakeLeadRecords().with("lead-1", new LeadProfile(null, null, null, List.of()));

  @Test
  void addsAColdLeadToTheNurturePool() {
    new AddToNurturePoolWorker(records).addToNurturePool("lead-1");

    assertThat(records.nurtured).containsExactly("lead-1");
  }

  @Test
  void recordsTheQualificationOutcomeFromTheForm() {
    new RecordQualificationWorker(records)
        .recordQualification(
            new RecordQualificationWorker.QualificationForm(
                "lead-1", "qualified", "budget confirmed", "DEMO"));

    assertThat(records.qualifications.get("lead-1"))
        .isEqualTo(
            new LeadQualification(QualificationOutcome.QUALIFIED, "budget confirmed", "DEMO"));
  }

  @Test
  void raisesAnIncidentForAnOutcomeTheFormDoesNotOffer() {
    RecordQualificationWorker worker = new RecordQualificationWorker(records);
    RecordQualificationWorker.QualificationForm form =
        new RecordQualificationWorker.QualificationForm("lead-1", "maybe", null, null);

    assertThatThrownBy(() -> worker.recordQualification(form))
        .isInstanceOfSatisfying(
            JobError.class,
            error -> {
              assertThat(error.getMessage())
                  .isEqualTo("Expected outcome 'qualified' or 'disqualified', but got 'maybe'");
              assertThat(error.getRetries()).isZero();
            });
    assertThat(records.qualifications).isEmpty();
  }
}
