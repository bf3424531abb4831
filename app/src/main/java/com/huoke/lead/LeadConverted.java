package com.huoke.lead;

import java.time.Instant;
import java.util.UUID;

/**
 * A lead was won (已转化): published in the converting transaction, for the customer side to turn it
 * into a customer.
 */
public record LeadConverted(
    UUID leadId,
    String convertedBy,
    Instant convertedAt,
    SourcePlatform sourcePlatform,
    String assignedTo) {}
