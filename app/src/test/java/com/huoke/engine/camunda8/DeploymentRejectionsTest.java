package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.engine.DeploymentResource;
import com.huoke.engine.UnsupportedBpmnException;
import com.huoke.engine.UnsupportedBpmnException.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentRejectionsTest {

  private static final List<DeploymentResource> RESOURCES =
      List.of(
          new DeploymentResource("a.bpmn", new byte[0]),
          new DeploymentResource("b.bpmn", new byte[0]));

  @Test
  void readsEveryElementOfTheFirstRejectedResource() {
    String detail =
        """
        Expected to deploy new resources, but encountered the following errors:
        'b.bpmn': - Element: ServiceTask_Send
            - ERROR: Must have exactly one 'zeebe:taskDefinition' extension element
        - Element: Gateway_Split
            - ERROR: Must have at least one outgoing sequence flow
            - ERROR: Must have a default flow
        'a.bpmn': - Element: Timer_Wait
            - ERROR: Must be a valid ISO 8601 duration""";

    UnsupportedBpmnException e = DeploymentRejections.toException(detail, RESOURCES);

    assertThat(e.resourceName()).isEqualTo("a.bpmn");
    assertThat(e.rejections())
        .containsExactly(new Rejection("Timer_Wait", "Must be a valid ISO 8601 duration"));
    UnsupportedBpmnException onlyB =
        DeploymentRejections.toException(detail, List.of(RESOURCES.get(1)));
    assertThat(onlyB.rejections())
        .containsExactly(
            new Rejection(
                "ServiceTask_Send",
                "Must have exactly one 'zeebe:taskDefinition' extension element"),
            new Rejection("Gateway_Split", "Must have at least one outgoing sequence flow"),
            new Rejection("Gateway_Split", "Must have a default flow"));
  }

  @Test
  void keepsTheWholeReasonWhenNoElementIsNamed() {
    String detail =
        "Expected to deploy new resources, but encountered the following errors:\n"
            + "Duplicated process id in resources 'a.bpmn' and 'b.bpmn'";

    UnsupportedBpmnException e = DeploymentRejections.toException(detail, RESOURCES);

    assertThat(e.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.elementId()).isNull();
              assertThat(r.reason()).contains("Duplicated process id");
            });
  }
}
