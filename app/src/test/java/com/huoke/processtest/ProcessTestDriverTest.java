package com.huoke.processtest;

import static com.huoke.processtest.ProcessTestAssertions.assertThatProcessInstance;
import static com.huoke.processtest.ProcessTestAssertions.assertThatUserTask;
import static com.huoke.processtest.UserTaskSelectors.byElementId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.engine.IncidentQuery;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.PublishMessage;
import io.camunda.client.exception.CamundaError;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The driver on a small Camunda 8 process, told as the stories a lead goes through. */
@EmbeddedProcessTest
class ProcessTestDriverTest {

  private static final String QUALIFY = "UserTask_QualifyLead";

  private ProcessTestContext process;

  @BeforeEach
  void deploy() {
    process.deploy("processtest/lead-journey.bpmn", "processtest/qualify-lead.form");
  }

  private ProcessInstanceRef leadScored(int score) {
    process.mockJobWorker("score-lead").thenComplete(Map.of("score", score));
    return process.createProcessInstance("lead-journey", Map.of("leadId", "L1", "slaHours", 2));
  }

  @Nested
  class HotLead {

    @Test
    void waitsForQualificationBySales() {
      ProcessInstanceRef lead = leadScored(80);

      assertThatProcessInstance(lead)
          .isActive()
          .hasCompletedElementsInOrder(
              "StartEvent_LeadCaptured", "ServiceTask_ScoreLead", "Gateway_IsHotLead")
          .hasActiveElements(QUALIFY)
          .hasVariable("score", 80)
          .hasNoIncidents();
      assertThatUserTask(byElementId(QUALIFY))
          .isCreated()
          .hasCandidateGroup("sales")
          .hasFormId("qualify-lead");
    }

    @Test
    void completesWhenQualified() {
      ProcessInstanceRef lead = leadScored(80);

      process.completeUserTask(byElementId(QUALIFY), Map.of("qualified", true));

      assertThatProcessInstance(lead)
          .isCompleted()
          .hasCompletedElements(QUALIFY, "EndEvent_Qualified")
          .hasNotActivatedElements("ServiceTask_EscalateLead", "ServiceTask_AddToNurture")
          .hasVariable("qualified", true);
      assertThatUserTask(byElementId(QUALIFY)).isCompleted();
    }

    @Test
    void isEscalatedWhenNobodyQualifiesItWithinTheSla() {
      JobWorkerMock escalate = process.mockJobWorker("escalate-lead").thenComplete();
      ProcessInstanceRef lead = leadScored(80);

      process.increaseTime(Duration.ofMinutes(119));
      assertThat(escalate.invocations()).isZero();

      process.increaseTime(Duration.ofMinutes(2));
      assertThat(escalate.invocations()).isEqualTo(1);
      assertThatProcessInstance(lead)
          .isActive()
          .hasCompletedElements(
              "Timer_QualifySla", "ServiceTask_EscalateLead", "EndEvent_Escalated")
          .hasActiveElements(QUALIFY);
    }

    @Test
    void endsWhenWithdrawnWhileWaiting() {
      ProcessInstanceRef lead = leadScored(80);

      process.publishMessage("lead-withdrawn", "L1");

      assertThatProcessInstance(lead)
          .isCompleted()
          .hasTerminatedElements(QUALIFY)
          .hasCompletedElements("Message_LeadWithdrawn", "EndEvent_Withdrawn");
    }

    @Test
    void ignoresAWithdrawalOfAnotherLead() {
      ProcessInstanceRef lead = leadScored(80);

      process.publishMessage("lead-withdrawn", "L2");

      assertThatProcessInstance(lead).isActive().hasActiveElements(QUALIFY);
    }
  }

  @Nested
  class ColdLead {

    @Test
    void waitsForTheCustomersReply() {
      process.mockJobWorker("nurture-lead").thenComplete();
      ProcessInstanceRef lead = leadScored(20);
      assertThatProcessInstance(lead).hasActiveElements("Message_CustomerReplied");

      process.publishMessage("customer-replied", "L1", Map.of("reply", "多少钱?"));

      assertThatProcessInstance(lead)
          .isCompleted()
          .hasCompletedElementsInOrder(
              "ServiceTask_AddToNurture", "Message_CustomerReplied", "EndEvent_Replied")
          .hasVariable("reply", "多少钱?");
    }

    @Test
    void takesAReplyThatArrivedBeforeItWaited() {
      process.publishMessage(
          new PublishMessage("customer-replied", "L1", Duration.ofHours(1), null, Map.of()));
      process.mockJobWorker("nurture-lead").thenComplete();

      ProcessInstanceRef lead = leadScored(20);

      assertThatProcessInstance(lead).isCompleted().hasCompletedElements("EndEvent_Replied");
    }

    @Test
    void endsThroughTheErrorBoundaryWithoutConsent() {
      process.mockJobWorker("nurture-lead").thenThrowBpmnError("NO_CONSENT");

      ProcessInstanceRef lead = leadScored(20);

      assertThatProcessInstance(lead)
          .isCompleted()
          .hasCompletedElements("Error_NoConsentCaught", "EndEvent_NoConsent")
          .hasNotActivatedElements("Message_CustomerReplied");
    }
  }

  @Nested
  class Workers {

    @Test
    void aHandlerSeesTheJobsVariablesAndHeaders() {
      JobWorkerMock scoring =
          process
              .mockJobWorker("score-lead")
              .withHandler(job -> Map.of("score", job.variable("leadId").equals("L1") ? 75 : 0));

      ProcessInstanceRef lead =
          process.createProcessInstance("lead-journey", Map.of("leadId", "L1", "slaHours", 2));

      assertThatProcessInstance(lead).hasVariable("score", 75).hasActiveElements(QUALIFY);
      assertThat(scoring.jobs())
          .singleElement()
          .satisfies(
              job -> {
                assertThat(job.elementId()).isEqualTo("ServiceTask_ScoreLead");
                assertThat(job.customHeaders()).isEqualTo(Map.of("model", "rules"));
                assertThat(job.retries()).isEqualTo(2);
              });
    }

    @Test
    void aFailingWorkerEndsInAnIncidentOnceItsRetriesAreSpent() {
      JobWorkerMock scoring = process.mockJobWorker("score-lead").thenFail("AI 评分服务超时");

      ProcessInstanceRef lead =
          process.createProcessInstance("lead-journey", Map.of("leadId", "L1", "slaHours", 2));

      assertThat(scoring.invocations()).isEqualTo(2);
      assertThatProcessInstance(lead)
          .isActive()
          .hasIncident("ServiceTask_ScoreLead", "AI 评分服务超时")
          .hasActiveElements("ServiceTask_ScoreLead");
    }

    @Test
    void retryingTheIncidentResumesTheInstance() {
      process.mockJobWorker("score-lead").thenFail("timeout");
      ProcessInstanceRef lead =
          process.createProcessInstance("lead-journey", Map.of("leadId", "L1", "slaHours", 2));
      String incident =
          process
              .gateway()
              .searchIncidents(IncidentQuery.ofProcessInstance(lead.processInstanceKey()))
              .get(0)
              .incidentKey();

      process.mockJobWorker("score-lead").thenComplete(Map.of("score", 90));
      process.gateway().retryIncident(incident, 1);

      assertThatProcessInstance(lead).hasNoIncidents().hasActiveElements(QUALIFY);
    }

    @Test
    void aJobErrorWithRetriesLeftIsRetried() {
      JobWorkerMock scoring =
          process
              .mockJobWorker("score-lead")
              .withHandler(
                  job -> {
                    if (job.retries() == 2) {
                      throw CamundaError.jobError("flaky");
                    }
                    return Map.of("score", 10);
                  });
      process.mockJobWorker("nurture-lead").thenComplete();

      ProcessInstanceRef lead =
          process.createProcessInstance("lead-journey", Map.of("leadId", "L1", "slaHours", 2));

      assertThat(scoring.jobs()).extracting(MockJob::retries).containsExactly(2, 1);
      assertThatProcessInstance(lead).hasNoIncidents().hasActiveElements("Message_CustomerReplied");
    }
  }

  @Nested
  class FailureMessages {

    @Test
    void nameTheExpectedAndTheActualElements() {
      ProcessInstanceRef lead = leadScored(80);

      assertThatThrownBy(
              () -> assertThatProcessInstance(lead).hasActiveElements("EndEvent_Qualified"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected element 'EndEvent_Qualified' to be active, but active were ["
                  + QUALIFY
                  + "]");
      assertThatThrownBy(() -> assertThatProcessInstance(lead).isCompleted())
          .hasMessageContaining("Expected the instance to be COMPLETED, but it was ACTIVE");
      assertThatThrownBy(() -> assertThatProcessInstance(lead).hasVariable("score", 81))
          .hasMessageContaining("Expected variable 'score' to be 81, but was 80");
    }

    @Test
    void nameTheOpenTasksWhenNoneMatches() {
      leadScored(80);

      assertThatThrownBy(() -> process.completeUserTask(byElementId("UserTask_Missing")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("elementId 'UserTask_Missing'")
          .hasMessageContaining(QUALIFY);
      assertThatThrownBy(() -> assertThatUserTask(byElementId(QUALIFY)).hasCandidateGroup("ops"))
          .hasMessageContaining(
              "Expected candidate groups [ops], but the task is offered to [sales]");
    }
  }

  @Test
  void findsAnInstanceByItsProcessId() {
    leadScored(80);

    assertThatProcessInstance(ProcessInstanceSelectors.byProcessId("lead-journey"))
        .isActive()
        .hasActiveElements(QUALIFY);
  }

  @Test
  void startsEachTestFromACleanEngine() {
    assertThat(
            process.gateway().searchProcessInstances(com.huoke.engine.ProcessInstanceQuery.all()))
        .isEmpty();
  }
}
