package com.huoke.customer;

import jakarta.persistence.EntityManager;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Follow-up work for the customers a transaction changed, done once per customer just before that
 * transaction commits, inside it.
 *
 * <p>Why not after commit: an after-commit listener runs while the committing thread still holds
 * its connection, so opening a new transaction there takes a second one. With as many committing
 * threads as pool connections (lead capture plus scoring workers under load), every thread held one
 * connection and waited for another that never came free: the webhook benchmark stalled with 20 of
 * 20 connections held and 232 requests waiting. Done inside the transaction it needs no second
 * connection, and the follow-up commits with the change or not at all.
 */
public final class BeforeCommitFollowUp {

  private final String name;
  private final int order;
  private final EntityManager entityManager;
  private final Consumer<UUID> work;

  /**
   * @param order runs before follow-ups with a higher order in the same transaction
   * @param entityManager flushed first, so that SQL in {@code work} sees the transaction's changes
   */
  public BeforeCommitFollowUp(
      String name, int order, EntityManager entityManager, Consumer<UUID> work) {
    this.name = name;
    this.order = order;
    this.entityManager = entityManager;
    this.work = work;
  }

  /**
   * Schedules the work for the customer before the current transaction commits; answers false,
   * scheduling nothing, when no transaction is active.
   */
  public boolean schedule(UUID customerId) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return false;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.add(customerId);
    return true;
  }

  @Override
  public String toString() {
    return "BeforeCommitFollowUp[" + name + "]";
  }

  /** The customers waiting in one transaction, each worked at most once. */
  private final class Pending implements TransactionSynchronization {

    private final Deque<UUID> waiting = new ArrayDeque<>();
    private final Set<UUID> seen = new HashSet<>();

    void add(UUID customerId) {
      if (seen.add(customerId)) {
        waiting.add(customerId);
      }
    }

    @Override
    public int getOrder() {
      return order;
    }

    @Override
    public void beforeCommit(boolean readOnly) {
      if (waiting.isEmpty()) {
        return;
      }
      entityManager.flush();
      // the work may change further customers of this transaction: they join the queue
      while (!waiting.isEmpty()) {
        work.accept(waiting.poll());
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommitFollowUp.this);
    }
  }
}
