package com.huoke.workers.lead;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import org.springframework.stereotype.Component;

/** Job type {@code score-lead}: scores the lead named by {@code leadId}. */
@Component
public class ScoreLeadWorker {

  private final LeadScoring scoring;

  public ScoreLeadWorker(LeadScoring scoring) {
    this.scoring = scoring;
  }

  @JobWorker(type = "score-lead")
  public ScoreLeadResult scoreLead(
      @Variable(name = "leadId") String leadId, @Variable(name = "hotThreshold") int hotThreshold) {
    try {
      return scoring.score(leadId, hotThreshold);
    } catch (UnknownLeadException e) {
      throw CamundaError.jobError(e.getMessage(), null, 0);
    }
  }
}
