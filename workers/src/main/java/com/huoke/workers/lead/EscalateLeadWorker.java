package com.huoke.workers.lead;

import io.camunda.client.annotation.CustomHeaders;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.exception.CamundaError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Job type {@code escalate-lead}: offers an unclaimed qualification task to the groups named by the
 * task header {@code escalationGroups} (comma-separated), so the modeler decides who escalates.
 */
@Component
public class EscalateLeadWorker {

  static final String ESCALATION_GROUPS_HEADER = "escalationGroups";

  private final LeadEscalation escalation;

  public EscalateLeadWorker(LeadEscalation escalation) {
    this.escalation = escalation;
  }

  @JobWorker(type = "escalate-lead")
  public EscalateLeadResult escalateLead(
      @Variable(name = "leadId") String leadId, @CustomHeaders Map<String, String> headers) {
    List<String> groups =
        Arrays.stream(headers.getOrDefault(ESCALATION_GROUPS_HEADER, "").split(","))
            .map(String::trim)
            .filter(group -> !group.isEmpty())
            .toList();
    if (groups.isEmpty()) {
      throw CamundaError.jobError(
          "Expected task header '%s' to name at least one group, but it is missing or empty"
              .formatted(ESCALATION_GROUPS_HEADER),
          null,
          0);
    }
    try {
      return escalation.escalateIfUnclaimed(leadId, groups);
    } catch (UnknownLeadException e) {
      throw CamundaError.jobError(e.getMessage(), null, 0);
    }
  }
}
