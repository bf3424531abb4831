package com.huoke.customer;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DealRepository extends JpaRepository<Deal, UUID> {

  List<Deal> findByCustomerIdOrderByCreatedAtDesc(UUID customerId);

  @Modifying(flushAutomatically = true)
  @Query("update Deal d set d.customerId = :to where d.customerId = :from")
  int moveAll(UUID from, UUID to);
}
