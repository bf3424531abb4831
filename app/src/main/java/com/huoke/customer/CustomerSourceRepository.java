package com.huoke.customer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerSourceRepository extends JpaRepository<CustomerSource, UUID> {

  List<CustomerSource> findByCustomerIdOrderByCapturedAt(UUID customerId);

  @Query("select max(s.leadScore) from CustomerSource s where s.customerId = :customerId")
  Integer maxLeadScore(UUID customerId);

  @Modifying(flushAutomatically = true)
  @Query("update CustomerSource s set s.customerId = :to where s.customerId = :from")
  int moveAll(UUID from, UUID to);

  @Modifying(flushAutomatically = true)
  @Query(
      "update CustomerSource s set s.customerId = :to"
          + " where s.customerId = :from and s.leadId in :leadIds")
  int moveLeads(UUID from, UUID to, Collection<UUID> leadIds);
}
