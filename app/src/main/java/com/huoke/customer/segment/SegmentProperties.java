package com.huoke.customer.segment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.customers.segments.*}: customer segments (seed §2.2.1 客户分群).
 *
 * @param zone the business's time zone: a date in a rule ({@code "2026-03-01"}) starts at its
 *     midnight, and "today" for within_days / older_than_days on date fields is its date
 * @param sampleSize how many customers a preview shows
 * @param maxConditions the most conditions one rule tree may hold, so no request can build an
 *     arbitrarily large query
 * @param unionShare on PostgreSQL an "any" is counted as a union of its branches when the planner
 *     estimates them together at no more than this share of the live customers; 0 never does (see
 *     {@link SegmentQueries#countStatement})
 */
@Validated
@ConfigurationProperties("huoke.customers.segments")
public record SegmentProperties(
    @DefaultValue("Asia/Shanghai") @NotNull ZoneId zone,
    @DefaultValue("20") @Min(1) @Max(100) int sampleSize,
    @DefaultValue("50") @Min(1) @Max(500) int maxConditions,
    @DefaultValue("0.1") @PositiveOrZero double unionShare) {}
