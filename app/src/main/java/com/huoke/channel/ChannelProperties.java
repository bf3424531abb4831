package com.huoke.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code huoke.channels.*}: webhook limits and how channel URLs are built.
 *
 * @param maxBodyBytes largest webhook or form body accepted; larger ones get 413 (platform lead
 *     pushes are a few KiB)
 * @param configCacheTtl how long a channel's configuration is served from memory; an update on this
 *     node takes effect at once, on other nodes within this time
 * @param publicBaseUrl the address platforms reach HuoKe at, e.g. {@code https://crm.example.com};
 *     unset, webhook URLs are built from the request that asks for them
 * @param defaultUtmMedium {@code utm_medium} of tracking links that do not name one
 * @param honeypotField the web-form field people never see; a submission that fills it is dropped
 */
@Validated
@ConfigurationProperties("huoke.channels")
record ChannelProperties(
    @DefaultValue("1MB") @NotNull DataSize maxBodyBytes,
    @DefaultValue("PT30S") @NotNull Duration configCacheTtl,
    URI publicBaseUrl,
    @DefaultValue("social") @NotBlank String defaultUtmMedium,
    @DefaultValue("website") @NotBlank String honeypotField) {}
