package com.huoke.customer;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer module's entry for other features: lead capture resolves the customer of each lead
 * here (in its own transaction), the score worker reports lead scores, and any feature records what
 * a customer did on the timeline.
 */
@Service
public class CustomerDirectory {

  private final CustomerResolver resolver;
  private final CustomerSourceRepository sources;
  private final CustomerLocks locks;
  private final LiveCustomers live;
  private final Timeline timeline;

  CustomerDirectory(
      CustomerResolver resolver,
      CustomerSourceRepository sources,
      CustomerLocks locks,
      LiveCustomers live,
      Timeline timeline) {
    this.resolver = resolver;
    this.sources = sources;
    this.locks = locks;
    this.live = live;
    this.timeline = timeline;
  }

  /**
   * The customer of a captured lead (DESIGN §5): normalises and hashes its phone, WeChat id, e-mail
   * and platform ids; no customer owns any → a new customer; one → that customer, missing values
   * filled in and new identities added; several → merged into the oldest, with the reason recorded.
   * Records the lead as a source, tags its platform (SOURCE) and puts the capture on the timeline.
   * Runs in the caller's transaction, so the lead and its customer are stored together.
   *
   * @throws com.huoke.contact.InvalidContactException when a contact value cannot be normalised
   */
  @Transactional
  public CustomerResolution resolve(CustomerCapture capture) {
    return resolver.resolve(capture);
  }

  /**
   * Stores the lead's latest score; the customer's score is the highest latest score of its leads,
   * so one hot lead makes a hot customer and a re-scored lead can lower it again. A repeated score
   * (a retried job) changes nothing. Leads captured before customers existed are ignored.
   */
  @Transactional
  public void recordLeadScore(UUID leadId, int score) {
    Optional<CustomerSource> known = sources.findById(leadId);
    if (known.isEmpty()) {
      return;
    }
    Customer customer = locks.lockLive(known.get().customerId());
    CustomerSource source = sources.findById(leadId).orElseThrow();
    if (customer == null || !source.scored(score)) {
      return;
    }
    Instant now = Instant.now();
    Integer customerScore = sources.maxLeadScore(customer.id());
    timeline.record(
        customer,
        new NewActivity(
            ActivityType.LEAD_SCORED,
            now,
            "Lead scored %d; customer score %s".formatted(score, customerScore),
            Map.of("leadScore", score, "customerScore", customerScore),
            leadId),
        Actors.SYSTEM);
    if (customer.scoreWith(customerScore, now)) {
      timeline.changed(customer, CustomerChange.SCORE, now);
    }
  }

  /** Puts {@code activity} on the live customer's timeline (see {@link NewActivity} on PII). */
  @Transactional
  public void recordActivity(UUID customerId, NewActivity activity) {
    Customer customer = locks.lockLive(customerId);
    if (customer == null) {
      throw new CustomerNotFoundException(customerId);
    }
    timeline.record(customer, activity, Actors.current());
    timeline.changed(customer, CustomerChange.ACTIVITY, activity.occurredAt());
  }

  /** The live customer behind {@code customerId}: itself, or the one it was merged into. */
  @Transactional(readOnly = true)
  public UUID liveCustomerId(UUID customerId) {
    return live.forReading(customerId).id();
  }

  /** The customer the lead belongs to, when it was captured with customers in place. */
  @Transactional(readOnly = true)
  public Optional<UUID> customerOfLead(UUID leadId) {
    return sources.findById(leadId).map(CustomerSource::customerId);
  }
}
