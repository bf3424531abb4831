package com.huoke.channel;

import com.huoke.connectors.inbound.ChannelCredentials;
import java.util.UUID;

/**
 * What the webhook path needs of a channel, settings decrypted; cached by {@link ChannelConfigs}.
 */
record ChannelConfig(
    UUID id,
    String platform,
    String name,
    boolean enabled,
    String utmSource,
    ChannelCredentials credentials) {

  /** The lead-queue source of everything this channel delivers. */
  String queueSource() {
    return "channel:" + id;
  }
}
