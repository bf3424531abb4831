package com.huoke.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A tracking link to create.
 *
 * @param campaign {@code utm_campaign}, e.g. "spring-launch"
 * @param content {@code utm_content}: which post, ad or placement, e.g. "video-03"
 * @param medium {@code utm_medium}; defaults to {@code huoke.channels.default-utm-medium}
 * @param landingUrl the http(s) page the link leads to; for a {@code webform} channel it defaults
 *     to its hosted form page
 */
record NewTrackingLink(
    @NotBlank @Size(max = 200) String campaign,
    @NotBlank @Size(max = 200) String content,
    @Size(max = 200) String medium,
    @Size(max = 2000) String landingUrl) {}
