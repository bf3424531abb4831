package com.huoke.lead;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.leads.reporting.*}: how the lead list and statistics read dates.
 *
 * @param timeZone the business's time zone: a date such as {@code 2026-11-01} in a filter, and the
 *     days of the statistics, start at its midnight
 * @param topChannels how many source channels the statistics list by default
 */
@Validated
@ConfigurationProperties("huoke.leads.reporting")
record LeadReportingProperties(
    @DefaultValue("Asia/Shanghai") @NotNull ZoneId timeZone,
    @DefaultValue("10") @Min(1) @Max(100) int topChannels) {}
