package com.huoke.channel;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * HuoKe's own web forms: the public submission endpoint (any site may post to it; a channel's
 * {@code allowedOrigins} setting narrows that) and the hosted form page.
 */
@RestController
class WebFormController {

  private final WebhookReception reception;
  private final ChannelConfigs configs;
  private final ChannelUrls urls;
  private final WebFormPage page;

  WebFormController(
      WebhookReception reception, ChannelConfigs configs, ChannelUrls urls, WebFormPage page) {
    this.reception = reception;
    this.configs = configs;
    this.urls = urls;
    this.page = page;
  }

  @CrossOrigin(origins = "*", methods = RequestMethod.POST)
  @PostMapping("/api/v1/forms/{channelId}")
  ResponseEntity<byte[]> submit(@PathVariable UUID channelId, HttpServletRequest request) {
    return Replies.ok(reception.receive(channelId, WebFormChannel.PLATFORM, request));
  }

  @GetMapping("/forms/{channelId}")
  ResponseEntity<String> page(@PathVariable UUID channelId, HttpServletRequest request) {
    ChannelConfig channel =
        configs
            .find(channelId)
            .filter(ChannelConfig::enabled)
            .filter(config -> WebFormChannel.PLATFORM.equals(config.platform()))
            .orElseThrow(() -> new ChannelNotFoundException(channelId));
    String query = request.getQueryString();
    String landingUrl = urls.formPage(channelId) + (query == null ? "" : "?" + query);
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .body(
            page.render(
                channel.name(),
                request.getContextPath() + "/api/v1/forms/" + channelId,
                QueryStrings.parseLeniently(query),
                landingUrl));
  }
}
