package com.huoke.channel;

import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses a channel is reached at, to paste into a platform's console or a landing page:
 * under {@code huoke.channels.public-base-url} when set, else under the address the current request
 * came to (right for a console opened on the public address).
 */
@Component
class ChannelUrls {

  private final ChannelProperties properties;

  ChannelUrls(ChannelProperties properties) {
    this.properties = properties;
  }

  String webhook(UUID channelId) {
    return base() + "/api/v1/channels/" + channelId + "/webhook";
  }

  /** Where HuoKe's own web forms post to. */
  String formSubmission(UUID channelId) {
    return base() + "/api/v1/forms/" + channelId;
  }

  /** The hosted form page. */
  String formPage(UUID channelId) {
    return base() + "/forms/" + channelId;
  }

  private String base() {
    if (properties.publicBaseUrl() != null) {
      String configured = properties.publicBaseUrl().toString();
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    if (RequestContextHolder.getRequestAttributes() == null) {
      return "";
    }
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
