package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import com.huoke.contact.Region;
import com.huoke.contact.Regions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * De-duplication of a captured lead (DESIGN §5): finds the customers owning any of its identities;
 * none → a new customer, one → that customer, several → they are the same person and are merged
 * into the oldest. Identities are claimed with insert-if-absent, so when two captures of one person
 * race, the loser sees the winner's rows and attaches to the winner's customer instead of creating
 * a second one.
 */
@Component
class CustomerResolver {

  private final IdentityFactory identityFactory;
  private final CustomerIdentities identities;
  private final CustomerLocks locks;
  private final CustomerRepository customers;
  private final CustomerMerger merger;
  private final LeadAttachment attachment;

  CustomerResolver(
      IdentityFactory identityFactory,
      CustomerIdentities identities,
      CustomerLocks locks,
      CustomerRepository customers,
      CustomerMerger merger,
      LeadAttachment attachment) {
    this.identityFactory = identityFactory;
    this.identities = identities;
    this.locks = locks;
    this.customers = customers;
    this.merger = merger;
    this.attachment = attachment;
  }

  CustomerResolution resolve(CustomerCapture capture) {
    Instant now =
        capture.origin().capturedAt() == null ? Instant.now() : capture.origin().capturedAt();
    List<Identity> ids =
        identityFactory.of(
            capture.phone(), capture.wechatId(), capture.email(), capture.identities());
    List<UUID> merged = new ArrayList<>();

    List<Customer> owners = locks.lockLive(identities.owners(ids).values());
    Customer target;
    Customer fresh = null;
    if (owners.isEmpty()) {
      fresh = customers.save(Customer.create(UUID.randomUUID(), profileOf(capture), null, now));
      target = fresh;
    } else {
      target = owners.get(0);
      mergeInto(target, owners.subList(1, owners.size()), ids, capture, merged, now);
    }

    for (Identity identity : ids) {
      identities.claim(identity, target.id(), capture.leadId(), now);
    }

    // identities another capture claimed after our first look (we waited for it to commit)
    List<Customer> late = lateOwners(ids, target);
    if (!late.isEmpty()) {
      if (fresh != null) {
        // our new customer lost the race: fold it into the winner; it was never visible to anyone
        Customer winner = late.get(0);
        identities.moveAll(fresh.id(), winner.id());
        customers.delete(fresh);
        fresh = null;
        target = winner;
        mergeInto(target, late.subList(1, late.size()), ids, capture, merged, now);
      } else {
        List<Customer> all = new ArrayList<>(late);
        all.add(target);
        all.sort(Comparator.comparing(Customer::createdAt).thenComparing(Customer::id));
        target = all.get(0);
        mergeInto(target, all.subList(1, all.size()), ids, capture, merged, now);
      }
    }

    attachment.attach(target, fresh != null, capture, profileOf(capture), now);
    CustomerResolution.Outcome outcome =
        fresh != null
            ? CustomerResolution.Outcome.CREATED
            : merged.isEmpty()
                ? CustomerResolution.Outcome.ATTACHED
                : CustomerResolution.Outcome.MERGED;
    return new CustomerResolution(target.id(), outcome, List.copyOf(merged));
  }

  private List<Customer> lateOwners(List<Identity> ids, Customer target) {
    Set<UUID> others =
        identities.owners(ids).values().stream()
            .filter(owner -> !owner.equals(target.id()))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (others.isEmpty()) {
      return List.of();
    }
    return locks.lockLive(others).stream().filter(c -> !c.id().equals(target.id())).toList();
  }

  private void mergeInto(
      Customer survivor,
      List<Customer> others,
      List<Identity> ids,
      CustomerCapture capture,
      List<UUID> merged,
      Instant now) {
    if (others.isEmpty()) {
      return;
    }
    Map<UUID, List<Identity>> matched = matchedBy(ids);
    String reason = reason(capture, survivor, others, matched);
    for (Customer other : others) {
      List<IdentityKind> kinds =
          matched.getOrDefault(other.id(), List.of()).stream().map(Identity::kind).toList();
      merger.merge(survivor, other, reason, kinds, true, Actors.SYSTEM, now);
      merged.add(other.id());
    }
  }

  /** Which of the lead's identities each (live) customer owns right now. */
  private Map<UUID, List<Identity>> matchedBy(List<Identity> ids) {
    Map<Identity, UUID> owners = identities.owners(ids);
    Map<UUID, List<Identity>> byCustomer = new LinkedHashMap<>();
    for (Identity identity : ids) {
      UUID owner = owners.get(identity);
      if (owner != null) {
        byCustomer.computeIfAbsent(owner, o -> new ArrayList<>()).add(identity);
      }
    }
    return byCustomer;
  }

  /**
   * "Lead L: phone 138****8000 matched customer X and WeChat id wx*** matched customer Y; merged
   * into the oldest, X" — masked values only.
   */
  private static String reason(
      CustomerCapture capture,
      Customer survivor,
      List<Customer> others,
      Map<UUID, List<Identity>> matched) {
    List<Customer> involved = new ArrayList<>();
    involved.add(survivor);
    involved.addAll(others);
    String matches =
        involved.stream()
            .filter(c -> matched.containsKey(c.id()))
            .map(
                c ->
                    matched.get(c.id()).stream()
                            .map(Identity::masked)
                            .collect(Collectors.joining(", "))
                        + " matched customer "
                        + c.id())
            .collect(Collectors.joining(" and "));
    return "Lead %s: %s; merged into the oldest, %s"
        .formatted(capture.leadId(), matches, survivor.id());
  }

  /** The capture's profile with contact values normalised and the region read. */
  private CustomerProfile profileOf(CustomerCapture capture) {
    Optional<Region> region = Regions.parse(capture.region());
    return new CustomerProfile(
        CustomerType.PERSON,
        trimmed(capture.name()),
        null,
        normalised(IdentityKind.PHONE, capture.phone(), "phone"),
        normalised(IdentityKind.WECHAT_ID, capture.wechatId(), "wechatId"),
        null,
        normalised(IdentityKind.EMAIL, capture.email(), "email"),
        new CompanyInfo(
            trimmed(capture.company()),
            trimmed(capture.industry()),
            capture.companySize(),
            region.map(Region::province).orElse(null),
            region.map(Region::city).orElse(null)),
        trimmed(capture.ownerUserId()));
  }

  private String normalised(IdentityKind kind, String raw, String field) {
    Identity identity = identityFactory.of(kind, raw, field);
    return identity == null ? null : identity.value();
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
