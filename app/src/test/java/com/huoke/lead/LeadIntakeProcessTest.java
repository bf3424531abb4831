package com.huoke.lead;

import static com.huoke.processtest.ProcessTestAssertions.assertThatProcessInstance;
import static com.huoke.processtest.ProcessTestAssertions.assertThatUserTask;
import static com.huoke.processtest.UserTaskSelectors.byElementId;
import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import com.huoke.processtest.EmbeddedProcessTest;
import com.huoke.processtest.JobWorkerMock;
import com.huoke.processtest.ProcessTestContext;
import com.huoke.workers.lead.EscalateLeadWorker;
import com.huoke.workers.lead.LeadEscalated;
import com.huoke.workers.lead.LeadEscalation;
import com.huoke.workers.lead.LeadProfile;
import com.huoke.workers.lead.LeadQualification;
import com.huoke.workers.lead.LeadRecords;
import com.huoke.workers.lead.QualificationTasks;
import com.huoke.workers.lead.ScoreBreakdown;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * lead-intake.bpmn told as stories: scoring is mocked, escalation runs the real {@code
 * escalate-lead} worker against the engine's task state, so claiming really prevents it.
 */
@EmbeddedProcessTest
class LeadIntakeProcessTest {

  static final String QUALIFY = LeadIntakeProcess.QUALIFY_TASK;

  ProcessTestContext process;
  JobWorkerMock scoreLead;
  JobWorkerMock addToNurturePool;
  JobWorkerMock recordQualification;
  JobWorkerMock escalateLead;
  final Map<String, String> instanceOfLead = new HashMap<>();
  final List<LeadEscalated> escalations = new ArrayList<>();

  @BeforeEach
  void deploy() {
    process.deploy("processes/lead-intake.bpmn", "forms/qualify-lead.form");
    scoreLead = process.mockJobWorker("score-lead");
    addToNurturePool = process.mockJobWorker("add-to-nurture-pool").thenComplete();
    recordQualification = process.mockJobWorker("record-qualification").thenComplete();
    EscalateLeadWorker worker =
        new EscalateLeadWorker(
            new LeadEscalation(new EngineTasks(), new EscalationLog(), Clock.systemUTC()));
    escalateLead =
        process
            .mockJobWorker("escalate-lead")
            .withHandler(
                job -> {
                  String leadId = (String) job.variable("leadId");
                  return Map.of(
                      "escalated", worker.escalateLead(leadId, job.customHeaders()).escalated());
                });
  }

  @Test
  void offersAHotLeadToSalesForQualification() {
    ProcessInstanceRef lead = leadScored("L1", 80);

    assertThatProcessInstance(lead)
        .isActive()
        .hasCompletedElementsInOrder(
            "StartEvent_LeadCaptured", "ServiceTask_ScoreLead", "Gateway_IsHotLead")
        .hasActiveElements(QUALIFY)
        .hasNotActivatedElements("ServiceTask_AddToNurturePool")
        .hasNoIncidents();
    assertThatUserTask(byElementId(QUALIFY))
        .isCreated()
        .hasCandidateGroups("sales")
        .hasFormId("qualify-lead");
    assertThat(scoreLead.jobs().get(0).variables())
        .containsEntry("leadId", "L1")
        .containsEntry("hotThreshold", 60);
  }

  @Test
  void treatsAScoreAtTheThresholdAsHot() {
    assertThatProcessInstance(leadScored("L1", 60)).hasActiveElements(QUALIFY);
  }

  @Test
  void putsAColdLeadIntoTheNurturePool() {
    ProcessInstanceRef lead = leadScored("L1", 59);

    assertThatProcessInstance(lead)
        .isCompleted()
        .hasCompletedElementsInOrder(
            "Gateway_IsHotLead", "ServiceTask_AddToNurturePool", "EndEvent_LeadNurtured")
        .hasNotActivatedElements(QUALIFY);
    assertThat(addToNurturePool.jobs())
        .singleElement()
        .satisfies(job -> assertThat(job.variable("leadId")).isEqualTo("L1"));
  }

  @Test
  void takesTheHotThresholdFromTheInstance() {
    scoreLead.thenComplete(Map.of("score", 80, "hot", false));
    ProcessInstanceRef lead = start("L1", 90, "PT2H");

    assertThatProcessInstance(lead).isCompleted().hasCompletedElements("EndEvent_LeadNurtured");
  }

  @Test
  void escalatesAnUnclaimedLeadToSalesLeadsWhenTheSlaPasses() {
    ProcessInstanceRef lead = leadScored("L1", 80);

    process.increaseTime(Duration.ofMinutes(119));
    assertThat(escalateLead.invocations()).isZero();

    process.increaseTime(Duration.ofMinutes(1));
    assertThatProcessInstance(lead)
        .isActive()
        .hasActiveElements(QUALIFY)
        .hasCompletedElements("Timer_QualifySla", "ServiceTask_EscalateLead")
        .hasVariable("escalated", true);
    assertThatUserTask(byElementId(QUALIFY)).isCreated().hasCandidateGroups("sales-leads");
    assertThat(escalations)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.fromGroups()).containsExactly("sales");
              assertThat(e.toGroups()).containsExactly("sales-leads");
            });
  }

  @Test
  void takesTheSlaFromTheInstance() {
    scoreLead.thenComplete(Map.of("score", 80, "hot", true));
    start("L1", 60, "PT30M");

    process.increaseTime(Duration.ofMinutes(30));

    assertThat(escalations).hasSize(1);
  }

  @Test
  void showsTheSlaAsTheQualifyTasksDueDate() {
    scoreLead.thenComplete(Map.of("score", 80, "hot", true));
    start("L1", 60, "PT30M");

    UserTask task = openQualifyTask();
    assertThat(task.dueDate()).isNotNull();
    assertThat(Duration.between(task.creationDate(), task.dueDate()))
        .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(31));
  }

  @Test
  void leavesALeadClaimedInTimeWithItsOwner() {
    ProcessInstanceRef lead = leadScored("L1", 80);
    process.gateway().claimUserTask(openQualifyTask().userTaskKey(), "xiao.wang");

    process.increaseTime(Duration.ofHours(2));

    assertThatProcessInstance(lead)
        .hasActiveElements(QUALIFY)
        .hasCompletedElements("ServiceTask_EscalateLead")
        .hasVariable("escalated", false);
    assertThatUserTask(byElementId(QUALIFY)).hasAssignee("xiao.wang").hasCandidateGroups("sales");
    assertThat(escalations).isEmpty();
  }

  @Test
  void recordsTheOutcomeAndEndsWhenSalesQualifiesTheLead() {
    ProcessInstanceRef lead = leadScored("L1", 80);

    process.completeUserTask(
        byElementId(QUALIFY), Map.of("outcome", "qualified", "notes", "预算已确认", "nextStep", "demo"));

    assertThatProcessInstance(lead)
        .isCompleted()
        .hasCompletedElementsInOrder(
            QUALIFY, "ServiceTask_RecordQualification", "EndEvent_LeadQualified")
        .hasNotActivatedElements("ServiceTask_EscalateLead");
    assertThat(recordQualification.jobs().get(0).variables())
        .containsEntry("leadId", "L1")
        .containsEntry("outcome", "qualified")
        .containsEntry("nextStep", "demo");
  }

  @Test
  void endsWhenAnEscalatedLeadIsQualified() {
    ProcessInstanceRef lead = leadScored("L1", 80);
    process.increaseTime(Duration.ofHours(2));

    process.completeUserTask(byElementId(QUALIFY), Map.of("outcome", "disqualified"));

    assertThatProcessInstance(lead)
        .isCompleted()
        .hasCompletedElements(
            "EndEvent_EscalationHandled",
            "ServiceTask_RecordQualification",
            "EndEvent_LeadQualified");
  }

  @Test
  void stopsAtAnIncidentWhenScoringKeepsFailing() {
    scoreLead.thenFail("lead store unreachable");

    ProcessInstanceRef lead = start("L1", 60, "PT2H");

    assertThatProcessInstance(lead)
        .isActive()
        .hasActiveElements("ServiceTask_ScoreLead")
        .hasIncident("ServiceTask_ScoreLead", "lead store unreachable");
  }

  private ProcessInstanceRef leadScored(String leadId, int score) {
    scoreLead.thenComplete(Map.of("score", score, "hot", score >= 60));
    return start(leadId, 60, "PT2H");
  }

  /** Starts an instance with the variables LeadManagement passes. */
  private ProcessInstanceRef start(String leadId, int hotThreshold, String qualifySla) {
    ProcessInstanceRef instance =
        process.createProcessInstance(
            LeadIntakeProcess.PROCESS_ID,
            Map.of(
                LeadIntakeProcess.LEAD_ID, leadId,
                LeadIntakeProcess.HOT_THRESHOLD, hotThreshold,
                LeadIntakeProcess.QUALIFY_SLA, qualifySla));
    instanceOfLead.put(leadId, instance.processInstanceKey());
    return instance;
  }

  private UserTask openQualifyTask() {
    return process
        .gateway()
        .searchUserTasks(new UserTaskQuery(null, null, QUALIFY, null, null, false, 10))
        .get(0);
  }

  /** The app's EngineQualificationTasks, with the lead-to-instance lookup kept by the test. */
  final class EngineTasks implements QualificationTasks {
    @Override
    public Optional<OpenTask> findOpen(String leadId) {
      return process
          .gateway()
          .searchUserTasks(
              new UserTaskQuery(instanceOfLead.get(leadId), null, QUALIFY, null, null, false, 1))
          .stream()
          .findFirst()
          .map(t -> new OpenTask(t.userTaskKey(), t.assignee(), t.candidateGroups()));
    }

    @Override
    public void offerTo(String userTaskKey, List<String> candidateGroups) {
      process.gateway().updateUserTaskCandidateGroups(userTaskKey, candidateGroups);
    }
  }

  /** Only escalations matter here; the other records are the mocked workers' business. */
  final class EscalationLog implements LeadRecords {
    @Override
    public void recordEscalation(String leadId, LeadEscalated escalation) {
      escalations.add(escalation);
    }

    @Override
    public LeadProfile profile(String leadId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void recordScore(String leadId, ScoreBreakdown breakdown, boolean hot) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void addToNurturePool(String leadId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void recordQualification(String leadId, LeadQualification qualification) {
      throw new UnsupportedOperationException();
    }
  }
}
