package com.huoke.engine.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.externaltask.ExternalTask;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.operaton.bpm.engine.task.Task;

/**
 * Translated models run on Operaton: FEEL conditions route, FEEL mappings and FEEL bean calls
 * evaluate.
 */
class FeelRuntimeSmokeTest {

  @RegisterExtension static final InMemoryOperaton operaton = new InMemoryOperaton();

  private static RuntimeService runtime;
  private static TaskService tasks;
  private static ExternalTaskService externalTasks;

  @BeforeAll
  static void deployTranslatedModels() {
    for (String construct : new String[] {"conditions", "io-mapping", "user-task"}) {
      TranslatedBpmn translated = TranslationResources.translate(construct);
      operaton.deploy(translated.resourceName(), translated.operatonXml());
    }
    runtime = operaton.engine().getRuntimeService();
    tasks = operaton.engine().getTaskService();
    externalTasks = operaton.engine().getExternalTaskService();
  }

  @Test
  void feelConditionRoutesAHotLeadToQualification() {
    ProcessInstance instance =
        runtime.startProcessInstanceByKey("conditions", Map.of("score", 80, "source", "web"));

    assertThat(activeTaskKey(instance)).isEqualTo("UserTask_QualifyLead");
  }

  @Test
  void feelConditionComparingStringsRoutesAPartnerLead() {
    ProcessInstance instance =
        runtime.startProcessInstanceByKey("conditions", Map.of("score", 80, "source", "partner"));

    assertThat(activeTaskKey(instance)).isEqualTo("UserTask_CallPartner");
  }

  @Test
  void defaultFlowTakesAColdLeadToTheNurtureWorker() {
    ProcessInstance instance =
        runtime.startProcessInstanceByKey("conditions", Map.of("score", 20, "source", "web"));

    ExternalTask job = externalTaskOf(instance);
    assertThat(job.getTopicName()).isEqualTo("join-nurture");
  }

  @Test
  void feelInputMappingComputesLocalVariablesOfTheJob() {
    ProcessInstance instance = runtime.startProcessInstanceByKey("io-mapping", Map.of("score", 40));

    ExternalTask job = externalTaskOf(instance);
    assertThat(job.getTopicName()).isEqualTo("enrich-lead");
    Map<String, Object> local = runtime.getVariablesLocal(job.getExecutionId());
    assertThat(((Number) local.get("doubledScore")).intValue()).isEqualTo(80);
    assertThat(local).containsEntry("temperature", "cold").containsEntry("region", "cn");
    assertThat(runtime.getVariablesLocal(instance.getId())).doesNotContainKey("doubledScore");
  }

  @Test
  void feelBeanExpressionsAssignAndPrioritiseAUserTask() {
    ProcessInstance instance =
        runtime.startProcessInstanceByKey(
            "user-task",
            Map.of(
                "owner", "dave",
                "region", "east",
                "hot", true,
                "leadId", "L-1",
                "followUpAt", "2030-02-01T09:00:00+08:00"));
    tasks.complete(taskOf(instance).getId());

    Task followUp =
        tasks
            .createTaskQuery()
            .processInstanceId(instance.getId())
            .initializeFormKeys()
            .singleResult();

    assertThat(followUp.getTaskDefinitionKey()).isEqualTo("UserTask_FollowUp");
    assertThat(followUp.getAssignee()).isEqualTo("dave");
    assertThat(followUp.getPriority()).isEqualTo(90);
    assertThat(followUp.getFormKey()).isEqualTo("https://forms.example.com/follow-up?lead=L-1");
    assertThat(followUp.getDueDate()).isNotNull();
    assertThat(
            tasks.getIdentityLinksForTask(followUp.getId()).stream()
                .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId()))
        .contains("sales", "east-sales", "bob");
  }

  private static String activeTaskKey(ProcessInstance instance) {
    return taskOf(instance).getTaskDefinitionKey();
  }

  private static Task taskOf(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private static ExternalTask externalTaskOf(ProcessInstance instance) {
    return externalTasks
        .createExternalTaskQuery()
        .processInstanceId(instance.getId())
        .singleResult();
  }
}
