package com.huoke.channel;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * Changes to a channel; what is left out stays as it is.
 *
 * @param name a new name
 * @param enabled {@code false} stops the webhook (404) without losing the configuration
 * @param utmSource a new {@code utm_source} for new tracking links; blank returns to the platform
 *     id
 * @param settings settings to set or rotate by name; a blank value removes an optional one; the
 *     ones not named keep their values
 */
record ChannelUpdate(
    @Size(max = 100) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String name,
    Boolean enabled,
    @Size(max = 200) String utmSource,
    Map<String, String> settings) {}
