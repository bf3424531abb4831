package com.huoke.customer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A customer as one row of the customer list; name and phone masked as in {@link CustomerView}. */
public record CustomerSummary(
    UUID id,
    CustomerType type,
    String name,
    String phone,
    String companyName,
    CustomerStage stage,
    String stageLabel,
    Integer score,
    String ownerUserId,
    List<TagView> tags,
    Instant lastActivityAt,
    Instant createdAt) {}
