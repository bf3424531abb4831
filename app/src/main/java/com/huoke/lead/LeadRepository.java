package com.huoke.lead;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The lead aggregate's store. */
interface LeadRepository extends JpaRepository<Lead, UUID> {

  /** Leads of customer {@code from} now belong to {@code to} (it was merged into {@code to}). */
  @Modifying(flushAutomatically = true)
  @Query("update Lead l set l.customerId = :to where l.customerId = :from")
  int repointCustomer(UUID from, UUID to);

  /** The leads {@code ids} now belong to customer {@code to} (they were split off). */
  @Modifying(flushAutomatically = true)
  @Query("update Lead l set l.customerId = :to where l.id in :ids")
  int moveToCustomer(Collection<UUID> ids, UUID to);
}
