package com.huoke.channel;

import com.huoke.web.ResourceNotFoundException;
import java.util.UUID;

/** No channel has the id, or it is disabled where only enabled ones count: 404. */
class ChannelNotFoundException extends ResourceNotFoundException {

  ChannelNotFoundException(UUID id) {
    super("channel", id.toString());
  }
}
