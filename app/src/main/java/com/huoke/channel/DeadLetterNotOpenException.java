package com.huoke.channel;

import java.util.UUID;

/** The dead letter was already replayed (or discarded): 409, nothing changes. */
class DeadLetterNotOpenException extends RuntimeException {

  DeadLetterNotOpenException(UUID id, DeadLetterStatus status) {
    super("Expected dead letter '%s' to be OPEN, but it is %s".formatted(id, status));
  }
}
