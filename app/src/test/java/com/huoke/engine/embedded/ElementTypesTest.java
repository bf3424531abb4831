package com.huoke.engine.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ElementTypesTest {

  @ParameterizedTest
  @CsvSource({
    "startEvent, START_EVENT",
    "messageStartEvent, START_EVENT",
    "startTimerEvent, START_EVENT",
    "noneEndEvent, END_EVENT",
    "errorEndEvent, END_EVENT",
    "boundaryTimer, BOUNDARY_EVENT",
    "boundaryMessage, BOUNDARY_EVENT",
    "intermediateMessageCatch, INTERMEDIATE_CATCH_EVENT",
    "intermediateTimer, INTERMEDIATE_CATCH_EVENT",
    "intermediateNoneThrowEvent, INTERMEDIATE_THROW_EVENT",
    "serviceTask, SERVICE_TASK",
    "userTask, USER_TASK",
    "receiveTask, RECEIVE_TASK",
    "exclusiveGateway, EXCLUSIVE_GATEWAY",
    "eventBasedGateway, EVENT_BASED_GATEWAY",
    "callActivity, CALL_ACTIVITY",
    "multiInstanceBody, MULTI_INSTANCE_BODY"
  })
  void namesOperatonActivityTypesAsCamunda8ElementTypes(String operaton, String camunda8) {
    assertThat(ElementTypes.toGatewayType(operaton)).isEqualTo(camunda8);
  }
}
