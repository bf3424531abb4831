package com.huoke.lead;

import com.huoke.engine.EngineGateway;
import com.huoke.engine.UserTaskQuery;
import com.huoke.workers.lead.QualificationTasks;
import com.huoke.workers.lead.UnknownLeadException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a lead's "Qualify lead" task through its intake instance and re-offers it. */
@Component
class EngineQualificationTasks implements QualificationTasks {

  private final LeadRepository leads;
  private final EngineGateway engine;

  EngineQualificationTasks(LeadRepository leads, EngineGateway engine) {
    this.leads = leads;
    this.engine = engine;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<OpenTask> findOpen(String leadId) {
    String processInstanceKey =
        leads
            .findById(parse(leadId))
            .map(Lead::processInstanceKey)
            .orElseThrow(() -> new UnknownLeadException(leadId));
    return engine
        .searchUserTasks(
            new UserTaskQuery(
                processInstanceKey, null, LeadIntakeProcess.QUALIFY_TASK, null, null, false, 1))
        .stream()
        .findFirst()
        .map(task -> new OpenTask(task.userTaskKey(), task.assignee(), task.candidateGroups()));
  }

  @Override
  public void offerTo(String userTaskKey, List<String> candidateGroups) {
    engine.updateUserTaskCandidateGroups(userTaskKey, candidateGroups);
  }

  private static UUID parse(String leadId) {
    try {
      return UUID.fromString(leadId);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new UnknownLeadException(leadId);
    }
  }
}
