package com.huoke.channel;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A channel as the API shows it.
 *
 * @param settings plain settings as they are, secrets masked as {@code ••••} + their last 4
 * @param webhookUrl the URL to paste into the platform's push / callback settings
 * @param formPageUrl for {@code webform} channels, the hosted form page; else null
 * @param formSubmitUrl for {@code webform} channels, where a form of your own posts to; else null
 */
record ChannelView(
    UUID id,
    String platform,
    String name,
    boolean enabled,
    String utmSource,
    Map<String, String> settings,
    String webhookUrl,
    String formPageUrl,
    String formSubmitUrl,
    Instant createdAt,
    Instant updatedAt) {}
