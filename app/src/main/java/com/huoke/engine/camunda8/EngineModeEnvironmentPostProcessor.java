package com.huoke.engine.camunda8;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the one switch {@code huoke.engine} ({@code embedded}, the default, or {@code camunda8})
 * into the defaults of the two engines' own switches, so no one has to keep three properties in
 * step.
 *
 * <p>camunda8: {@code operaton.bpm.enabled=false} (the condition on Operaton's only
 * auto-configuration, so no embedded engine starts), {@code camunda.client.enabled=true} and {@code
 * camunda.client.prefer-rest-over-grpc=true} (the gateway's searches exist only in REST v2).
 * embedded: {@code camunda.client.enabled=false}, so the starter neither creates a client nor polls
 * for jobs while the embedded binding runs the same {@code @JobWorker} beans; and {@code
 * operaton.bpm.auto-deployment-enabled=false}, because every {@code .bpmn} on the classpath is in
 * the Camunda 8 dialect and reaches Operaton only translated, through the engine gateway.
 *
 * <p>The defaults go in a property source of the lowest precedence: anything the user sets (a
 * config file, a profile, an environment variable, a command-line argument) wins.
 */
public class EngineModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  /** The property that chooses the engine. */
  public static final String PROPERTY = "huoke.engine";

  /** The embedded Operaton engine in this JVM (default). */
  public static final String EMBEDDED = "embedded";

  /** A Camunda 8 cluster reached through {@code camunda-spring-boot-starter}. */
  public static final String CAMUNDA8 = "camunda8";

  static final String PROPERTY_SOURCE_NAME = "huokeEngineModeDefaults";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String mode = environment.getProperty(PROPERTY, EMBEDDED).trim();
    Map<String, Object> defaults = new LinkedHashMap<>();
    switch (mode) {
      case EMBEDDED -> {
        defaults.put("camunda.client.enabled", "false");
        defaults.put("operaton.bpm.auto-deployment-enabled", "false");
      }
      case CAMUNDA8 -> {
        defaults.put("operaton.bpm.enabled", "false");
        defaults.put("camunda.client.enabled", "true");
        defaults.put("camunda.client.prefer-rest-over-grpc", "true");
      }
      default ->
          throw new IllegalStateException(
              "Expected %s to be '%s' or '%s', but was '%s'"
                  .formatted(PROPERTY, EMBEDDED, CAMUNDA8, mode));
    }
    environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, defaults));
  }

  /** After config data, so {@code huoke.engine} from application.yml and profiles is visible. */
  @Override
  public int getOrder() {
    return ConfigDataEnvironmentPostProcessor.ORDER + 1;
  }
}
