package com.huoke.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.processtest.ProcessTestEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ProcessResourcesDeployerTest {

  private static ProcessTestEngine engine;

  @BeforeAll
  static void startEngine() {
    engine = ProcessTestEngine.start();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @AfterEach
  void reset() {
    engine.reset();
  }

  private static ProcessResourcesDeployer deployerOf(String root) {
    return new ProcessResourcesDeployer(
        engine.gateway(), new PathMatchingResourcePatternResolver(), root);
  }

  @Test
  void deploysEveryProcessAndFormOnTheClasspath() {
    ProcessResourcesDeployer deployer = deployerOf("deployer/valid/");

    assertThat(deployer.resources())
        .extracting(DeploymentResource::name)
        .containsExactly("processes/lead-journey.bpmn", "forms/qualify-lead.form");

    deployer.afterSingletonsInstantiated();

    assertThat(engine.gateway().searchProcessDefinitions())
        .extracting(ProcessDefinition::processDefinitionId, ProcessDefinition::resourceName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lead-journey", "processes/lead-journey.bpmn"));
  }

  @Test
  void deployingAgainAtTheNextStartKeepsTheVersion() {
    deployerOf("deployer/valid/").afterSingletonsInstantiated();
    deployerOf("deployer/valid/").afterSingletonsInstantiated();

    assertThat(engine.gateway().searchProcessDefinitions())
        .singleElement()
        .extracting(ProcessDefinition::version)
        .isEqualTo(1);
  }

  @Test
  void failsStartUpWithTheRejectionOfABadBpmn() {
    ProcessResourcesDeployer deployer = deployerOf("deployer/rejected/");

    assertThatThrownBy(deployer::afterSingletonsInstantiated)
        .isInstanceOfSatisfying(
            UnsupportedBpmnException.class,
            rejected -> {
              assertThat(rejected.resourceName()).isEqualTo("processes/broken.bpmn");
              assertThat(rejected.rejections())
                  .extracting(UnsupportedBpmnException.Rejection::elementId)
                  .contains("Gateway_AnyChannel");
            })
        .hasMessageContaining("Gateway_AnyChannel");
    assertThat(engine.gateway().searchProcessDefinitions()).isEmpty();
  }
}
