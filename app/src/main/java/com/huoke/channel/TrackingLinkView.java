package com.huoke.channel;

import java.time.Instant;
import java.util.UUID;

/**
 * A tracking link.
 *
 * @param url the landing URL with {@code utm_source}, {@code utm_medium}, {@code utm_campaign} and
 *     {@code utm_content} set: the link to publish
 */
record TrackingLinkView(
    UUID id,
    UUID channelId,
    TrackingLink.Utm utm,
    String landingUrl,
    String url,
    Instant createdAt) {}
