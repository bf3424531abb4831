package com.huoke.customer.churn;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Schedules the churn check in Quartz's clustered JDBC store ({@code spring.quartz.*}). Boot
 * registers the job and trigger beans at start, replacing what the store held, so a changed cron
 * takes effect on restart. A missed night (the cluster was down at 02:00) is skipped rather than
 * run at an unexpected hour; {@code POST /api/v1/customers/churn-check} runs it on demand.
 */
@Configuration(proxyBeanMethods = false)
class ChurnScheduling {

  static final JobKey JOB = JobKey.jobKey("churn-check", "customers");
  static final TriggerKey TRIGGER = TriggerKey.triggerKey("churn-check-nightly", "customers");

  @Bean
  JobDetail churnCheckJob() {
    return JobBuilder.newJob(ChurnCheckJob.class)
        .withIdentity(JOB)
        .withDescription("Flags customers without activity (流失预警) and sweeps the stage rules")
        .storeDurably()
        .requestRecovery()
        .build();
  }

  @Bean
  @ConditionalOnProperty(
      name = "huoke.customers.churn.enabled",
      havingValue = "true",
      matchIfMissing = true)
  Trigger churnCheckTrigger(JobDetail churnCheckJob, ChurnProperties properties) {
    return TriggerBuilder.newTrigger()
        .forJob(churnCheckJob)
        .withIdentity(TRIGGER)
        .withSchedule(
            CronScheduleBuilder.cronSchedule(properties.cron())
                .inTimeZone(TimeZone.getTimeZone(properties.zone()))
                .withMisfireHandlingInstructionDoNothing())
        .build();
  }

  /** Switched off: the trigger an earlier start stored must not keep firing. */
  @Bean
  @ConditionalOnProperty(name = "huoke.customers.churn.enabled", havingValue = "false")
  ApplicationRunner unscheduleChurnCheck(Scheduler scheduler) {
    return arguments -> {
      try {
        scheduler.unscheduleJob(TRIGGER);
      } catch (SchedulerException e) {
        throw new IllegalStateException("Cannot unschedule the churn check", e);
      }
    };
  }
}
