package com.huoke.workers.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.exception.JobError;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeadEscalationTest {

  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  final FakeLeadRecords records =
      new FakeLeadRecords().with("lead-1", new LeadProfile(null, null, null, List.of()));
  final FakeTasks tasks = new FakeTasks();
  final EscalateLeadWorker worker =
      new EscalateLeadWorker(new LeadEscalation(tasks, records, Clock.fixed(NOW, ZoneOffset.UTC)));

  @Test
  void offersAnUnclaimedTaskToTheEscalationGroupAndRecordsIt() {
    tasks.open.put("lead-1", new QualificationTasks.OpenTask("task-7", null, List.of("sales")));

    EscalateLeadResult result =
        worker.escalateLead("lead-1", Map.of("escalationGroups", "sales-leads"));

    assertThat(result.escalated()).isTrue();
    assertThat(tasks.offers).containsExactly("task-7 -> [sales-leads]");
    assertThat(records.escalations)
        .containsExactly(
            new LeadEscalated("task-7", List.of("sales"), List.of("sales-leads"), NOW));
  }

  @Test
  void leavesAClaimedTaskWithItsOwner() {
    tasks.open.put(
        "lead-1", new QualificationTasks.OpenTask("task-7", "xiao.wang", List.of("sales")));

    EscalateLeadResult result =
        worker.escalateLead("lead-1", Map.of("escalationGroups", "sales-leads"));

    assertThat(result.escalated()).isFalse();
    assertThat(tasks.offers).isEmpty();
    assertThat(records.escalations).isEmpty();
  }

  @Test
  void doesNothingWhenTheTaskIsAlreadyDone() {
    EscalateLeadResult result =
        worker.escalateLead("lead-1", Map.of("escalationGroups", "sales-leads"));

    assertThat(result.escalated()).isFalse();
    assertThat(records.escalations).isEmpty();
  }

  @Test
  void readsSeveralCommaSeparatedGroups() {
    tasks.open.put("lead-1", new QualificationTasks.OpenTask("task-7", " ", List.of("sales")));

    worker.escalateLead("lead-1", Map.of("escalationGroups", " sales-leads , managers ,"));

    assertThat(tasks.offers).containsExactly("task-7 -> [sales-leads, managers]");
  }

  @Test
  void raisesAnIncidentWhenTheHeaderIsMissing() {
    assertThatThrownBy(() -> worker.escalateLead("lead-1", Map.of()))
        .isInstanceOfSatisfying(
            JobError.class,
            error -> {
              assertThat(error.getMessage()).contains("escalationGroups");
              assertThat(error.getRetries()).isZero();
            });
  }

  /** Open tasks per lead; remembers every re-offer. */
  static final class FakeTasks implements QualificationTasks {
    final Map<String, OpenTask> open = new HashMap<>();
    final List<String> offers = new ArrayList<>();

    @Override
    public Optional<OpenTask> findOpen(String leadId) {
      return Optional.ofNullable(open.get(leadId));
    }

    @Override
    public void offerTo(String userTaskKey, List<String> candidateGroups) {
      offers.add(userTaskKey + " -> " + candidateGroups);
    }
  }
}
