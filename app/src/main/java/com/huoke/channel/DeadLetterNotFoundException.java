package com.huoke.channel;

import com.huoke.web.ResourceNotFoundException;
import java.util.UUID;

/** No dead letter has the id: 404. */
class DeadLetterNotFoundException extends ResourceNotFoundException {

  DeadLetterNotFoundException(UUID id) {
    super("dead letter", id.toString());
  }
}
