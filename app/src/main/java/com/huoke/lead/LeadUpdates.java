package com.huoke.lead;

import com.huoke.engine.EngineGateway;
import com.huoke.engine.UserTask;
import com.huoke.engine.UserTaskQuery;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What sales do to a lead after capture: edit it, assign it, convert it. */
@Service
public class LeadUpdates {

  private final LeadRepository leads;
  private final LeadManagement management;
  private final EngineGateway engine;
  private final ApplicationEventPublisher events;

  LeadUpdates(
      LeadRepository leads,
      LeadManagement management,
      EngineGateway engine,
      ApplicationEventPublisher events) {
    this.leads = leads;
    this.management = management;
    this.engine = engine;
    this.events = events;
  }

  /** The lead with its notes, conversion and current version. */
  @Transactional(readOnly = true)
  public LeadDetails details(UUID id) {
    Lead lead = load(id);
    // the view reads the same entity in this transaction, so it shows exactly this version
    LeadView view = management.find(id);
    LeadDetails.Conversion conversion =
        lead.convertedAt() == null
            ? null
            : new LeadDetails.Conversion(lead.convertedAt(), lead.convertedBy());
    return new LeadDetails(view, lead.notes(), conversion, lead.version());
  }

  /**
   * Replaces the editable fields if the lead is still at the version the edit names: {@code
   * ifMatch} when given, else the edit's own {@code version}.
   */
  @Transactional
  public void update(UUID id, LeadEdit edit, Long ifMatch) {
    Long expected = ifMatch != null ? ifMatch : edit.version();
    if (expected == null) {
      throw new LeadVersionRequiredException();
    }
    Lead lead = load(id);
    if (lead.version() != expected) {
      throw new LeadVersionMismatchException(id, expected, lead.version(), ifMatch != null);
    }
    lead.edit(edit, Instant.now());
  }

  /**
   * Assigns the lead; if it waits in its qualification task, that task goes to the same person
   * (taken from whoever held it) in the same transaction.
   */
  @Transactional
  public void assign(UUID id, String assignee) {
    Lead lead = load(id);
    lead.assignTo(assignee, Instant.now());
    if (lead.processInstanceKey() != null) {
      engine
          .searchUserTasks(
              new UserTaskQuery(
                  lead.processInstanceKey(),
                  null,
                  LeadIntakeProcess.QUALIFY_TASK,
                  null,
                  null,
                  false,
                  1))
          .stream()
          .findFirst()
          .ifPresent(task -> reassign(task, assignee));
    }
  }

  /** Marks the lead converted (已转化) and publishes {@link LeadConverted}. */
  @Transactional
  public void convert(UUID id, String convertedBy) {
    events.publishEvent(load(id).convert(convertedBy, Instant.now()));
  }

  private void reassign(UserTask task, String assignee) {
    if (Objects.equals(task.assignee(), assignee)) {
      return;
    }
    if (task.assignee() != null) {
      engine.unclaimUserTask(task.userTaskKey());
    }
    engine.claimUserTask(task.userTaskKey(), assignee);
  }

  private Lead load(UUID id) {
    return leads.findById(id).orElseThrow(() -> new LeadNotFoundException(id));
  }
}
