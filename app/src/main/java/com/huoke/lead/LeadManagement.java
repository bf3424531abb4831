package com.huoke.lead;

import com.huoke.customer.CustomerDirectory;
import com.huoke.customer.CustomerResolution;
import com.huoke.engine.EngineGateway;
import com.huoke.engine.ProcessInstanceRef;
import com.huoke.engine.StartProcess;
import com.huoke.privacy.PersonalDataAccess;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Captures leads into the lead-intake process and shows them with their live process state. */
@Service
public class LeadManagement {

  static final String ACCEPTED_METRIC = "huoke.leads.accepted";

  private final LeadRepository leads;
  private final EngineGateway engine;
  private final LeadIntakeProperties intake;
  private final LeadProcessStates processStates;
  private final CustomerDirectory customers;
  private final PersonalDataAccess personalData;
  private final Map<SourcePlatform, Counter> accepted;

  LeadManagement(
      LeadRepository leads,
      EngineGateway engine,
      LeadIntakeProperties intake,
      LeadProcessStates processStates,
      CustomerDirectory customers,
      PersonalDataAccess personalData,
      MeterRegistry meters) {
    this.leads = leads;
    this.engine = engine;
    this.intake = intake;
    this.processStates = processStates;
    this.customers = customers;
    this.personalData = personalData;
    this.accepted =
        Arrays.stream(SourcePlatform.values())
            .collect(
                Collectors.toMap(
                    platform -> platform,
                    platform ->
                        Counter.builder(ACCEPTED_METRIC)
                            .description("Leads stored with their intake process started")
                            .tag("source.platform", platform.id())
                            .register(meters)));
  }

  /**
   * Normalises the lead, finds or creates its customer (de-duplicating on phone, WeChat id, e-mail
   * and platform ids), stores it and starts its intake process, all in one transaction: either
   * everything exists or, on any failure, nothing does, so no lead waits forever for a process that
   * never started and no customer is left without its lead.
   *
   * @throws com.huoke.contact.InvalidContactException when a contact value cannot be normalised
   *     (the API's validation refuses those before)
   */
  @Transactional
  public LeadAccepted capture(NewLead newLead) {
    UUID id = UUID.randomUUID();
    Instant now = Instant.now();
    NewLead lead = LeadNormalisation.of(newLead);
    CustomerResolution customer = customers.resolve(LeadNormalisation.capture(id, lead, now));
    ProcessInstanceRef instance =
        engine.startProcess(
            new StartProcess(
                LeadIntakeProcess.PROCESS_ID,
                id.toString(),
                Map.of(
                    LeadIntakeProcess.LEAD_ID, id.toString(),
                    LeadIntakeProcess.HOT_THRESHOLD, intake.hotThreshold(),
                    LeadIntakeProcess.QUALIFY_SLA, intake.qualifySla().toString())));
    Lead stored =
        leads.save(
            Lead.captured(id, lead, customer.customerId(), instance.processInstanceKey(), now));
    countAfterCommit(lead.sourcePlatform());
    return new LeadAccepted(stored.id(), stored.status(), stored.processInstanceKey());
  }

  /**
   * The lead with its score, escalations and the state of its intake process; contact values masked
   * unless the caller may see personal data.
   */
  @Transactional(readOnly = true)
  public LeadView find(UUID id) {
    Lead lead = leads.findById(id).orElseThrow(() -> new LeadNotFoundException(id));
    return LeadViews.of(
        lead,
        processStates.of(lead.processInstanceKey()).orElse(null),
        personalData.currentCallerMaySee());
  }

  private void countAfterCommit(SourcePlatform platform) {
    Counter counter = accepted.get(platform);
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      counter.increment();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            counter.increment();
          }
        });
  }
}
