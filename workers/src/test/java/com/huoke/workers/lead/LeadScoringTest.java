package com.huoke.workers.lead;

import static com.huoke.workers.lead.LeadScoringModelTest.NOW;
import static com.huoke.workers.lead.LeadScoringModelTest.activity;
import static com.huoke.workers.lead.LeadScoringModelTest.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.JobError;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadScoringTest {

  final FakeLeadRecords records =
      new FakeLeadRecords()
          .with(
              "hot",
              profile(
                  "software",
                  "CEO",
                  CompanySize.SMALL,
                  activity(LeadActivityType.CONSULTATION, 0),
                  activity(LeadActivityType.DOWNLOAD, 1),
                  activity(LeadActivityType.PAGE_VIEW, 1),
                  activity(LeadActivityType.EMAIL_OPEN, 2),
                  activity(LeadActivityType.LINK_CLICK, 2)))
          .with("cold", profile("retail", null, null, activity(LeadActivityType.PAGE_VIEW, 40)));

  final ScoreLeadWorker worker =
      new ScoreLeadWorker(
          new LeadScoring(
              records,
              new LeadScoringModel(
                  new LeadScoringProperties(
                      List.of("software"), List.of("ceo"), List.of(CompanySize.SMALL))),
              Clock.fixed(NOW, ZoneOffset.UTC)));

  @Test
  void storesTheBreakdownAndReportsAHotLead() {
    ScoreLeadResult result = worker.scoreLead("hot", 60);

    assertThat(result).isEqualTo(new ScoreLeadResult(73, true));
    assertThat(records.scores.get("hot").total()).isEqualTo(73);
    assertThat(records.hot.get("hot")).isTrue();
  }

  @Test
  void reportsALeadBelowTheThresholdAsCold() {
    ScoreLeadResult result = worker.scoreLead("cold", 60);

    assertThat(result).isEqualTo(new ScoreLeadResult(4, false));
    assertThat(records.hot.get("cold")).isFalse();
  }

  @Test
  void takesTheThresholdFromTheProcess() {
    assertThat(worker.scoreLead("hot", 74).hot()).isFalse();
    assertThat(worker.scoreLead("hot", 73).hot()).isTrue();
  }

  @Test
  void failsWithoutRetriesForAnUnknownLead() {
    assertThatThrownBy(() -> worker.scoreLead("gone", 60))
        .isInstanceOfSatisfying(
            JobError.class,
            error -> {
              assertThat(error.getMessage()).contains("Expected lead 'gone' to exist");
              assertThat(error.getRetries()).isZero();
            });
  }
}
