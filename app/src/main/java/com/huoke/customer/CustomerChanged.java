package com.huoke.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A live customer changed; published inside the transaction that changed it. Stage rules, segments
 * and the churn job listen for it (synchronously with {@code @EventListener}, or after commit with
 * {@code @TransactionalEventListener}).
 */
public record CustomerChanged(UUID customerId, CustomerChange change, Instant changedAt) {}
