package com.huoke.channel;

import com.huoke.web.InvalidField;
import java.util.List;
import java.util.UUID;

/**
 * An authentic request that was kept as a dead letter instead of being stored: answered 400 with
 * the reason and the dead letter's id, so the platform's retry log and ops' list point at the same
 * thing.
 */
class DeadLetteredException extends RuntimeException {

  private final UUID deadLetterId;
  private final String code;
  private final List<InvalidField> errors;

  DeadLetteredException(UUID deadLetterId, String code, String reason, List<InvalidField> errors) {
    super(reason);
    this.deadLetterId = deadLetterId;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  UUID deadLetterId() {
    return deadLetterId;
  }

  String code() {
    return code;
  }

  List<InvalidField> errors() {
    return errors;
  }
}
