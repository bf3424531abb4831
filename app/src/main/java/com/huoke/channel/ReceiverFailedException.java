package com.huoke.channel;

import java.util.UUID;

/**
 * A platform receiver failed on a verified request in a way it does not declare (a bug): the
 * request is kept as a dead letter and answered 500.
 */
class ReceiverFailedException extends RuntimeException {

  static final String CODE = "receiver-error";

  private final UUID deadLetterId;

  ReceiverFailedException(UUID deadLetterId, Throwable cause) {
    super(
        "Expected the receiver to decode the request or refuse it, but it failed: " + cause, cause);
    this.deadLetterId = deadLetterId;
  }

  UUID deadLetterId() {
    return deadLetterId;
  }
}
