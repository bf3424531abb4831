package com.huoke.lead;

import java.time.Instant;

/**
 * A lead waiting for capture.
 *
 * @param source where it came from: {@code channel:<channel id>}, {@code import:<import id>}, …
 * @param messageId the source's own id for it; (source, messageId) is unique, which makes
 *     re-deliveries idempotent
 * @param lead the lead, already validated
 * @param receivedAt when HuoKe received it
 */
public record QueuedLead(String source, String messageId, NewLead lead, Instant receivedAt) {}
