package com.huoke.customer;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CustomerMergeRepository extends JpaRepository<CustomerMerge, UUID> {

  @Query(
      "select m from CustomerMerge m where m.survivorId = :customerId or m.mergedId = :customerId"
          + " order by m.mergedAt desc, m.id")
  List<CustomerMerge> involving(UUID customerId);
}
