package com.huoke.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's message was stored in the inbox (published once per platform message, inside the
 * storing transaction). Read its text through {@link InboxMessages}, which masks it for callers who
 * may not see personal data.
 */
public record CustomerMessageReceived(
    UUID messageId,
    UUID channelId,
    String platform,
    String senderKind,
    String senderId,
    String messageType,
    Instant receivedAt) {}
