package com.huoke.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** lead-intake.bpmn is valid Camunda 8 and everything it references ships beside it. */
class LeadIntakeModelTest {

  final BpmnModelInstance model = Bpmn.readModelFromStream(resource("processes/lead-intake.bpmn"));
  final ObjectMapper json = new ObjectMapper();

  @Test
  void passesCamundasOwnModelValidation() {
    assertThatCode(() -> Bpmn.validateModel(model)).doesNotThrowAnyException();
  }

  @Test
  void hasAnElementTemplateForEveryJobType() throws IOException {
    List<String> jobTypes = new ArrayList<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      String type = task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
      jobTypes.add(type);
      JsonNode template = json.readTree(resource("processes/templates/" + type + ".json"));
      JsonNode binding = template.at("/properties/0");
      assertThat(binding.at("/binding/type").asText()).isEqualTo("zeebe:taskDefinition");
      assertThat(binding.at("/value").asText()).isEqualTo(type);
    }
    assertThat(jobTypes)
        .containsExactlyInAnyOrder(
            "score-lead", "add-to-nurture-pool", "escalate-lead", "record-qualification");
  }

  @Test
  void offersQualificationToSalesWithTheShippedForm() throws IOException {
    UserTask task = model.getModelElementById(LeadIntakeProcess.QUALIFY_TASK);
    String formId = task.getSingleExtensionElement(ZeebeFormDefinition.class).getFormId();

    assertThat(task.getSingleExtensionElement(ZeebeAssignmentDefinition.class).getCandidateGroups())
        .isEqualTo("sales");
    JsonNode form = json.readTree(resource("forms/" + formId + ".form"));
    assertThat(form.get("id").asText()).isEqualTo(formId);
    List<String> keys = new ArrayList<>();
    form.get("components").forEach(c -> keys.add(c.path("key").asText()));
    assertThat(keys).contains("outcome", "notes", "nextStep");
  }

  @Test
  void escalatesWithoutInterruptingTheQualificationTask() {
    BoundaryEvent timer = model.getModelElementById("Timer_QualifySla");

    assertThat(timer.cancelActivity()).isFalse();
    assertThat(timer.getAttachedTo().getId()).isEqualTo(LeadIntakeProcess.QUALIFY_TASK);
  }

  private static InputStream resource(String name) {
    InputStream in = LeadIntakeModelTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }
}
