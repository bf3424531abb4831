package com.huoke.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The record of one customer merged into another: why, on what, automatically or by whom. */
@Entity
@Table(name = "customer_merges")
class CustomerMerge {

  @Id private UUID id;
  private UUID survivorId;
  private UUID mergedId;
  private String reason;
  private String matchedOn;
  private boolean automatic;
  private String actor;
  private Instant mergedAt;

  protected CustomerMerge() {}

  static CustomerMerge of(
      UUID survivorId,
      UUID mergedId,
      String reason,
      Collection<com.huoke.contact.IdentityKind> matchedOn,
      boolean automatic,
      String actor,
      Instant at) {
    CustomerMerge merge = new CustomerMerge();
    merge.id = UUID.randomUUID();
    merge.survivorId = survivorId;
    merge.mergedId = mergedId;
    merge.reason = reason;
    merge.matchedOn =
        matchedOn.stream().sorted().map(Enum::name).distinct().collect(Collectors.joining(","));
    merge.automatic = automatic;
    merge.actor = actor;
    merge.mergedAt = at;
    return merge;
  }

  MergeView view() {
    return new MergeView(
        id,
        survivorId,
        mergedId,
        reason,
        matchedOn.isEmpty() ? List.of() : Arrays.asList(matchedOn.split(",")),
        automatic,
        actor,
        mergedAt);
  }
}
