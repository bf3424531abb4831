package com.huoke.channel;

import java.util.UUID;

/**
 * A successful replay.
 *
 * @param leadsQueued new leads put on the intake queue
 * @param messagesStored new messages put into the inbox
 * @param duplicates events that were already stored (e.g. the platform re-sent them meanwhile)
 */
record ReplayOutcome(
    UUID deadLetterId,
    DeadLetterStatus status,
    int leadsQueued,
    int messagesStored,
    int duplicates) {}
