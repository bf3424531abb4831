package com.huoke.customer;

import java.time.Instant;
import java.util.UUID;

/**
 * A live customer has shown no activity for {@code inactiveDays} and now carries the churn warning
 * (seed §2.2.2 流失预警); published inside the transaction that flagged it. Campaigns can react with a
 * win-back flow; the warning goes away when the customer is active again.
 */
public record CustomerAtRisk(
    UUID customerId, Instant lastActivityAt, int inactiveDays, Instant flaggedAt) {}
