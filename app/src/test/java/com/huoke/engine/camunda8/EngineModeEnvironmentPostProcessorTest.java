package com.huoke.engine.camunda8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.support.SpringFactoriesLoader;

class EngineModeEnvironmentPostProcessorTest {

  @Test
  void embeddedIsTheDefaultAndDisablesTheCamundaClient() {
    StandardEnvironment environment = process(Map.of());

    assertThat(environment.getProperty("camunda.client.enabled")).isEqualTo("false");
    assertThat(environment.getProperty("operaton.bpm.enabled")).isNull();
    // Camunda 8 dialect BPMN on the classpath reaches Operaton only translated
    assertThat(environment.getProperty("operaton.bpm.auto-deployment-enabled")).isEqualTo("false");
  }

  @Test
  void camunda8StopsTheEmbeddedEngineAndEnablesTheClientOverRest() {
    StandardEnvironment environment = process(Map.of("huoke.engine", "camunda8"));

    assertThat(environment.getProperty("operaton.bpm.enabled")).isEqualTo("false");
    assertThat(environment.getProperty("camunda.client.enabled")).isEqualTo("true");
    assertThat(environment.getProperty("camunda.client.prefer-rest-over-grpc")).isEqualTo("true");
  }

  @Test
  void valuesTheUserSetWin() {
    StandardEnvironment environment =
        process(
            Map.of(
                "huoke.engine", "camunda8",
                "camunda.client.prefer-rest-over-grpc", "false",
                "operaton.bpm.enabled", "true"));

    assertThat(environment.getProperty("camunda.client.prefer-rest-over-grpc")).isEqualTo("false");
    assertThat(environment.getProperty("operaton.bpm.enabled")).isEqualTo("true");
    assertThat(environment.getProperty("camunda.client.enabled")).isEqualTo("true");
  }

  @Test
  void rejectsAnUnknownMode() {
    assertThatThrownBy(() -> process(Map.of("huoke.engine", "zeebe")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Expected huoke.engine to be 'embedded' or 'camunda8', but was 'zeebe'");
  }

  @Test
  void isRegisteredWithSpringBoot() {
    assertThat(
            SpringFactoriesLoader.forDefaultResourceLocation()
                .load(
                    EnvironmentPostProcessor.class,
                    SpringFactoriesLoader.ArgumentResolver.none(),
                    // others need Boot's constructor arguments; only ours matters here
                    SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {})))
        .hasAtLeastOneElementOfType(EngineModeEnvironmentPostProcessor.class);
  }

  private static StandardEnvironment process(Map<String, Object> userProperties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("user", userProperties));
    new EngineModeEnvironmentPostProcessor()
        .postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }
}
