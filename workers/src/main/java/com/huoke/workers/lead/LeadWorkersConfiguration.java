package com.huoke.workers.lead;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the lead-intake services behind the workers to the app's {@link LeadRecords}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LeadScoringProperties.class)
public class LeadWorkersConfiguration {

  @Bean
  LeadScoring leadScoring(LeadRecords records, LeadScoringProperties properties) {
    return new LeadScoring(records, new LeadScoringModel(properties), Clock.systemUTC());
  }

  @Bean
  LeadEscalation leadEscalation(QualificationTasks tasks, LeadRecords records) {
    return new LeadEscalation(tasks, records, Clock.systemUTC());
  }
}
