package com.huoke.workers.embedded;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.camunda.client.metrics.DefaultNoopMetricsRecorder;
import io.camunda.client.metrics.MetricsRecorder;
import io.camunda.client.metrics.MicrometerMetricsRecorder;
import io.micrometer.core.instrument.MeterRegistry;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Runs the application's Camunda 8 {@code @JobWorker} beans on the embedded Operaton engine's
 * external tasks. Active in the default engine mode ({@code huoke.engine=embedded}, or unset) when
 * an Operaton {@link ProcessEngine} is there; in {@code camunda8} mode Camunda's own starter runs
 * the same beans instead.
 */
@AutoConfiguration(afterName = EmbeddedWorkersAutoConfiguration.OPERATON_AUTO_CONFIGURATION)
@ConditionalOnClass(name = EmbeddedWorkersAutoConfiguration.OPERATON_AUTO_CONFIGURATION)
@ConditionalOnProperty(name = "huoke.engine", havingValue = "embedded", matchIfMissing = true)
@ConditionalOnBean(ProcessEngine.class)
@EnableConfigurationProperties(EmbeddedWorkerProperties.class)
public class EmbeddedWorkersAutoConfiguration {

  static final String OPERATON_AUTO_CONFIGURATION =
      "org.operaton.bpm.spring.boot.starter.OperatonBpmAutoConfiguration";

  @Bean
  static TopicSignals huokeTopicSignals() {
    return new TopicSignals();
  }

  /** Picked up by Operaton's starter, which hands every plugin bean to the engine it builds. */
  @Bean
  static ProcessEnginePlugin huokeExternalTaskSignalPlugin(TopicSignals huokeTopicSignals) {
    return new ExternalTaskSignalPlugin(huokeTopicSignals);
  }

  /**
   * {@code huoke.workers.enabled=false} keeps the engine (and the API that starts instances) up
   * with no workers: jobs wait in the database until a node with workers picks them up.
   */
  @Bean
  @ConditionalOnProperty(
      name = "huoke.workers.enabled",
      havingValue = "true",
      matchIfMissing = true)
  EmbeddedJobWorkers huokeEmbeddedJobWorkers(
      ConfigurableListableBeanFactory beanFactory,
      ProcessEngine processEngine,
      EmbeddedWorkerProperties properties,
      TopicSignals huokeTopicSignals,
      ObjectProvider<ObjectMapper> objectMapper,
      ObjectProvider<MeterRegistry> meterRegistry) {
    MeterRegistry registry = meterRegistry.getIfAvailable();
    // the same recorder Camunda's starter uses, so metric names and tags match across modes
    MetricsRecorder metrics =
        registry == null
            ? new DefaultNoopMetricsRecorder()
            : new MicrometerMetricsRecorder(registry);
    return new EmbeddedJobWorkers(
        beanFactory,
        processEngine,
        properties,
        huokeTopicSignals,
        new JobVariables(
            objectMapper.getIfAvailable(() -> JsonMapper.builder().findAndAddModules().build())),
        metrics);
  }
}
