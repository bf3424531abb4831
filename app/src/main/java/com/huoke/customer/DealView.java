package com.huoke.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deal as the API shows it. */
public record DealView(
    UUID id,
    UUID customerId,
    String title,
    BigDecimal amount,
    String currency,
    DealStage stage,
    LocalDate expectedClose,
    Instant closedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
