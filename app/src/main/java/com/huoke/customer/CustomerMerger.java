package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Merges one locked live customer into another: identities, sources, tags, field values, activities
 * and deals move to the survivor, which also takes over what only the merged one knew (the later
 * stage, the earlier first touch, missing profile values); the merged customer stays as a tombstone
 * pointing at the survivor. Records the merge and publishes {@link CustomersMerged}.
 */
@Component
class CustomerMerger {

  private final CustomerIdentities identities;
  private final CustomerSourceRepository sources;
  private final CustomerActivityRepository activities;
  private final DealRepository deals;
  private final CustomerRepository customers;
  private final CustomerMergeRepository merges;
  private final Timeline timeline;
  private final ApplicationEventPublisher events;

  CustomerMerger(
      CustomerIdentities identities,
      CustomerSourceRepository sources,
      CustomerActivityRepository activities,
      DealRepository deals,
      CustomerRepository customers,
      CustomerMergeRepository merges,
      Timeline timeline,
      ApplicationEventPublisher events) {
    this.identities = identities;
    this.sources = sources;
    this.activities = activities;
    this.deals = deals;
    this.customers = customers;
    this.merges = merges;
    this.timeline = timeline;
    this.events = events;
  }

  /**
   * Merges {@code merged} into {@code survivor}; both must be live and locked.
   *
   * @param matchedOn the identity kinds that proved them one person; empty for a manual merge
   */
  void merge(
      Customer survivor,
      Customer merged,
      String reason,
      Collection<IdentityKind> matchedOn,
      boolean automatic,
      String actor,
      Instant now) {
    if (survivor.id().equals(merged.id()) || survivor.isMerged() || merged.isMerged()) {
      throw new IllegalArgumentException(
          "Expected two different live customers, but got "
              + survivor.id()
              + " and "
              + merged.id());
    }
    identities.moveAll(merged.id(), survivor.id());
    sources.moveAll(merged.id(), survivor.id());
    activities.moveAll(merged.id(), survivor.id());
    deals.moveAll(merged.id(), survivor.id());
    survivor.absorb(merged, now);
    survivor.scoreWith(sources.maxLeadScore(survivor.id()), now);
    merged.markMergedInto(survivor.id(), now);
    customers.repointTombstones(merged.id(), survivor.id());
    merges.save(
        CustomerMerge.of(survivor.id(), merged.id(), reason, matchedOn, automatic, actor, now));
    timeline.record(
        survivor,
        new NewActivity(
            ActivityType.MERGED,
            now,
            "Merged customer " + merged.id() + " into this one: " + reason,
            Map.of(
                "mergedId", merged.id().toString(),
                "automatic", automatic,
                "matchedOn", matchedOn.stream().map(Enum::name).sorted().toList()),
            null),
        actor);
    events.publishEvent(new CustomersMerged(survivor.id(), merged.id(), automatic, reason, now));
    timeline.changed(survivor, CustomerChange.MERGED, now);
  }
}
