package com.huoke.channel;

import com.huoke.web.InvalidField;
import java.util.List;
import java.util.UUID;

/** A replay that failed again; the dead letter stays open with this reason. Answered 422. */
class ReplayFailedException extends RuntimeException {

  private final UUID deadLetterId;
  private final String code;
  private final List<InvalidField> errors;

  ReplayFailedException(UUID deadLetterId, String code, String reason, List<InvalidField> errors) {
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
