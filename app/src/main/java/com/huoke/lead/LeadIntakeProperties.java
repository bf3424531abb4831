package com.huoke.lead;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.leads.*}: handed to every new lead-intake instance as variables, so changing them
 * needs a restart but never a redeploy of the BPMN.
 *
 * @param hotThreshold score (0–100) from which a lead goes to sales instead of nurturing
 * @param qualifySla how long a hot lead may wait unclaimed before it is escalated
 */
@Validated
@ConfigurationProperties("huoke.leads")
record LeadIntakeProperties(
    @DefaultValue("60") @Min(0) @Max(100) int hotThreshold,
    @DefaultValue("PT2H") @NotNull Duration qualifySla) {}
