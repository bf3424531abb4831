package com.huoke.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The leads {@code leadIds} were split off {@code customerId} into the new customer {@code
 * newCustomerId}, with the identities they brought. Published inside the splitting transaction.
 */
public record CustomerSplit(
    UUID customerId, UUID newCustomerId, List<UUID> leadIds, String reason, Instant splitAt) {}
