package com.huoke.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * A channel to configure.
 *
 * @param platform a registered platform id, see {@code GET /api/v1/channels/platforms}
 * @param name how people call it, e.g. "抖音-直播间-春季新品"
 * @param enabled whether it accepts webhooks; defaults to {@code true}
 * @param utmSource {@code utm_source} of its tracking links; defaults to the platform id
 * @param settings the platform's settings by name (secrets included), see its {@code credentials}
 */
record NewChannel(
    @NotBlank @Size(max = 32) String platform,
    @NotBlank @Size(max = 100) String name,
    Boolean enabled,
    @Size(max = 200) String utmSource,
    Map<String, String> settings) {}
