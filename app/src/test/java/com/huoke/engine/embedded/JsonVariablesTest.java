package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.engine.ElementInstance;
import com.huoke.engine.StartProcess;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.variable.value.ObjectValue;

/** Map, List, record and POJO variables live as JSON and come back as Map / List, also to FEEL. */
class JsonVariablesTest {

  record Lead(String id, int score, List<String> tags) {}

  /** A bean with getters only, as older domain classes are. */
  public static final class Contact {
    private final String phone;

    Contact(String phone) {
      this.phone = phone;
    }

    public String getPhone() {
      return phone;
    }
  }

  @RegisterExtension static final EmbeddedEngine engine = new EmbeddedEngine();

  @Test
  void storesStructuredValuesAsJsonAndReadsThemBackAsMapsAndLists() {
    String instance =
        start(
            Map.of(
                "lead", new Lead("L1", 75, List.of("douyin", "hot")),
                "contact", new Contact("+8613800001234"),
                "tags", List.of("a", "b"),
                "profile", Map.of("city", "杭州", "visits", 3),
                "firstSeen", LocalDate.of(2025, 3, 1)));

    Map<String, Object> variables = engine.gateway.getVariables(instance);

    assertThat(variables)
        .containsEntry("lead", Map.of("id", "L1", "score", 75, "tags", List.of("douyin", "hot")))
        .containsEntry("contact", Map.of("phone", "+8613800001234"))
        .containsEntry("tags", List.of("a", "b"))
        .containsEntry("profile", Map.of("city", "杭州", "visits", 3))
        .containsEntry("firstSeen", "2025-03-01");
    ObjectValue stored =
        engine.engine.processEngine().getRuntimeService().getVariableTyped(instance, "lead", false);
    assertThat(stored.getSerializationDataFormat()).isEqualTo("application/json");
    assertThat(stored.getValueSerialized()).contains("\"score\":75");
  }

  @Test
  void feelConditionsReadJsonVariablesAsContexts() {
    String hot = start(Map.of("lead", new Lead("L1", 0, List.of())));
    engine.completeJob("score-lead", Map.of("lead", new Lead("L1", 80, List.of())));
    String cold = start(Map.of("lead", new Lead("L2", 0, List.of())));
    engine.completeJob("score-lead", Map.of("lead", Map.of("id", "L2", "score", 20)));

    assertThat(activeElements(hot)).containsExactly("UserTask_Qualify");
    assertThat(activeElements(cold)).containsExactly("Catch_Reply");
  }

  private static String start(Map<String, Object> variables) {
    engine.deploy("embedded/lead-flow.bpmn", "embedded/qualify-lead.form");
    return engine
        .gateway
        .startProcess(new StartProcess("lead-flow", null, variables))
        .processInstanceKey();
  }

  private static List<String> activeElements(String instance) {
    return engine.gateway.getElementInstances(instance).stream()
        .filter(element -> element.state() == ElementInstance.State.ACTIVE)
        .map(ElementInstance::elementId)
        .toList();
  }
}
