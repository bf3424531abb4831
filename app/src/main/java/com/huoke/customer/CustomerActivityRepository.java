package com.huoke.customer;

import java.util.Collection;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerActivityRepository extends JpaRepository<CustomerActivity, Long> {

  Page<CustomerActivity> findByCustomerId(UUID customerId, Pageable page);

  long countByCustomerIdAndType(UUID customerId, ActivityType type);

  @Modifying(flushAutomatically = true)
  @Query("update CustomerActivity a set a.customerId = :to where a.customerId = :from")
  int moveAll(UUID from, UUID to);

  @Modifying(flushAutomatically = true)
  @Query(
      "update CustomerActivity a set a.customerId = :to"
          + " where a.customerId = :from and a.leadId in :leadIds")
  int moveLeads(UUID from, UUID to, Collection<UUID> leadIds);
}
