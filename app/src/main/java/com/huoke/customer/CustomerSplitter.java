package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Splits leads off a customer (an automatic merge that was wrong, or two people sharing a phone): a
 * new customer gets those leads' sources, the identities they brought and their timeline entries;
 * the customer keeps everything else, its primary contact values and score recomputed. Deals, tags
 * other than the moved platforms' SOURCE tags, and custom field values stay.
 */
@Component
class CustomerSplitter {

  private final CustomerRepository customers;
  private final CustomerSourceRepository sources;
  private final CustomerActivityRepository activities;
  private final CustomerIdentities identities;
  private final Tags tags;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  CustomerSplitter(
      CustomerRepository customers,
      CustomerSourceRepository sources,
      CustomerActivityRepository activities,
      CustomerIdentities identities,
      Tags tags,
      Timeline timeline,
      ApplicationEventPublisher events) {
    this.customers = customers;
    this.sources = sources;
    this.activities = activities;
    this.identities = identities;
    this.tags = tags;
    this.timeline = timeline;
    this.events = events;
  }

  /** Splits {@code leadIds} off the locked live {@code customer}; returns the new customer. */
  Customer split(Customer customer, List<UUID> leadIds, String reason, String actor, Instant now) {
    Set<UUID> leads = new LinkedHashSet<>(leadIds);
    List<CustomerSource> own = sources.findByCustomerIdOrderByCapturedAt(customer.id());
    List<CustomerSource> moving = own.stream().filter(s -> leads.contains(s.leadId())).toList();
    leads.removeAll(moving.stream().map(CustomerSource::leadId).toList());
    if (!leads.isEmpty()) {
      throw new InvalidCustomerRequestException(
          "leadIds", "must be leads of customer " + customer.id() + ", but " + leads + " are not");
    }
    List<CustomerIdentities.StoredIdentity> all = identities.of(customer.id());
    Set<UUID> movingLeads = new LinkedHashSet<>(leadIds);
    List<Identity> staying =
        all.stream()
            .filter(s -> s.leadId() == null || !movingLeads.contains(s.leadId()))
            .map(CustomerIdentities.StoredIdentity::identity)
            .toList();
    List<Identity> leaving =
        all.stream()
            .filter(s -> s.leadId() != null && movingLeads.contains(s.leadId()))
            .map(CustomerIdentities.StoredIdentity::identity)
            .toList();
    if (staying.isEmpty()) {
      throw new InvalidCustomerRequestException(
          "leadIds",
          "would leave customer "
              + customer.id()
              + " without any phone, WeChat id, e-mail or"
              + " platform id; merge instead, or split off fewer leads");
    }

    CustomerSource latest =
        moving.stream().max(Comparator.comparing(CustomerSource::capturedAt)).orElseThrow();
    Customer split =
        customers.save(
            Customer.create(
                UUID.randomUUID(),
                new CustomerProfile(
                    CustomerType.PERSON,
                    latest.contactName(),
                    null,
                    first(leaving, IdentityKind.PHONE),
                    first(leaving, IdentityKind.WECHAT_ID),
                    null,
                    first(leaving, IdentityKind.EMAIL),
                    null,
                    customer.ownerUserId()),
                CustomerStage.PROSPECT,
                now));
    identities.moveBroughtBy(customer.id(), split.id(), movingLeads);
    sources.moveLeads(customer.id(), split.id(), movingLeads);
    activities.moveLeads(customer.id(), split.id(), movingLeads);
    moving.forEach(
        s -> {
          split.firstTouchedBy(s.asFirstTouch());
          split.addTag(tags.idOf(new TagRef(TagCategory.SOURCE, s.platform()), now), now);
        });
    split.scoreWith(sources.maxLeadScore(split.id()), now);

    customer.replaceContacts(
        keep(customer.phone(), staying, leaving, IdentityKind.PHONE),
        keep(customer.wechatId(), staying, leaving, IdentityKind.WECHAT_ID),
        keep(customer.email(), staying, leaving, IdentityKind.EMAIL),
        now);
    if (customer.firstTouch() != null && movingLeads.contains(customer.firstTouch().leadId())) {
      customer.replaceFirstTouch(
          own.stream()
              .filter(s -> !movingLeads.contains(s.leadId()))
              .findFirst()
              .map(CustomerSource::asFirstTouch)
              .orElse(null));
    }
    customer.scoreWith(sources.maxLeadScore(customer.id()), now);

    Map<String, Object> details =
        Map.of(
            "leadIds", movingLeads.stream().map(UUID::toString).toList(),
            "customerId", customer.id().toString(),
            "newCustomerId", split.id().toString());
    timeline.record(
        customer,
        new NewActivity(
            ActivityType.SPLIT,
            now,
            "Split %d lead(s) off into customer %s: %s"
                .formatted(moving.size(), split.id(), reason),
            details,
            null),
        actor);
    timeline.record(
        split,
        new NewActivity(
            ActivityType.SPLIT,
            now,
            "Split off customer %s with %d lead(s): %s"
                .formatted(customer.id(), moving.size(), reason),
            details,
            null),
        actor);
    events.publishEvent(
        new CustomerSplit(customer.id(), split.id(), List.copyOf(movingLeads), reason, now));
    timeline.changed(customer, CustomerChange.SPLIT, now);
    timeline.changed(split, CustomerChange.CREATED, now);
    return split;
  }

  private static String first(List<Identity> ids, IdentityKind kind) {
    return ids.stream().filter(i -> i.kind() == kind).map(Identity::value).findFirst().orElse(null);
  }

  /** The current primary value unless it left with the split; then another one that stayed. */
  private static String keep(
      String current, List<Identity> staying, List<Identity> leaving, IdentityKind kind) {
    boolean left =
        current != null
            && leaving.stream().anyMatch(i -> i.kind() == kind && i.value().equals(current));
    return left || current == null ? first(staying, kind) : current;
  }
}
