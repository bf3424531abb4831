package com.huoke.engine.embedded;

import java.time.Instant;
import java.util.Map;

/** A published message kept in {@code huoke_message_buffer} until a subscription consumes it. */
record BufferedMessage(
    String id,
    String name,
    String correlationKey,
    String messageId,
    Map<String, Object> variables,
    Instant publishedAt,
    Instant expiresAt) {}
