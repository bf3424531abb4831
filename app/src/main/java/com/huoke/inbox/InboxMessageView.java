package com.huoke.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer message as the API shows it.
 *
 * @param masked whether sender id and the phone numbers and e-mails in the text are masked because
 *     the caller may not see personal data
 */
public record InboxMessageView(
    UUID id,
    UUID channelId,
    String platform,
    String platformMessageId,
    String senderKind,
    String senderId,
    String recipient,
    String messageType,
    String text,
    boolean masked,
    Instant sentAt,
    Instant receivedAt) {}
