package com.huoke.customer.churn;

import java.time.Clock;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Quartz job behind the nightly churn check. The job store is clustered, so one node runs it
 * each night; a node that dies while running it leaves it to be recovered by another, which is safe
 * because the check only does what is still left to do.
 */
@DisallowConcurrentExecution
class ChurnCheckJob implements Job {

  private final ChurnCheck check;
  private final Clock clock;

  @Autowired
  ChurnCheckJob(ChurnCheck check) {
    this(check, Clock.systemUTC());
  }

  ChurnCheckJob(ChurnCheck check, Clock clock) {
    this.check = check;
    this.clock = clock;
  }

  @Override
  public void execute(JobExecutionContext context) {
    check.run(clock.instant());
  }
}
