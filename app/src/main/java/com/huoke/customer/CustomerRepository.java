package com.huoke.customer;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository
    extends JpaRepository<Customer, UUID>, JpaSpecificationExecutor<Customer> {

  /** The customer row locked until the transaction ends (SELECT … FOR UPDATE). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Customer c where c.id = :id")
  Optional<Customer> findForUpdate(UUID id);

  /** Tombstones that pointed at {@code from} now point at {@code to}: chains stay one step. */
  @Modifying(flushAutomatically = true)
  @Query("update Customer c set c.mergedIntoId = :to where c.mergedIntoId = :from")
  int repointTombstones(UUID from, UUID to);
}
