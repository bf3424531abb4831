package com.huoke.engine.embedded;

import com.huoke.workers.embedded.TranslationConventions;
import io.micrometer.core.instrument.MeterRegistry;
import org.operaton.bpm.engine.ProcessEngine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the embedded engine (the default, {@code huoke.engine=embedded}): the {@code feel} bean,
 * the plugin Operaton's starter installs, and the gateway.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "huoke.engine", havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

  @Bean(TranslationConventions.FEEL_BEAN)
  FeelExpressionEvaluator feel() {
    return new FeelExpressionEvaluator();
  }

  @Bean
  EngineMetrics engineMetrics(MeterRegistry meterRegistry) {
    return new EngineMetrics(meterRegistry);
  }

  @Bean
  HuoKeEnginePlugin huoKeEnginePlugin(FeelExpressionEvaluator feel, EngineMetrics metrics) {
    return new HuoKeEnginePlugin(feel, metrics);
  }

  @Bean
  OperatonEngineGateway engineGateway(ProcessEngine processEngine) {
    return new OperatonEngineGateway(processEngine);
  }
}
