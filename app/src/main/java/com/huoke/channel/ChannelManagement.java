package com.huoke.channel;

import com.huoke.connectors.inbound.InboundChannel;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Configures channels: which platform, its settings, on or off. */
@Service
class ChannelManagement {

  private final ChannelRepository channels;
  private final InboundChannels receivers;
  private final ChannelSettings settings;
  private final ChannelConfigs configs;
  private final ChannelUrls urls;

  ChannelManagement(
      ChannelRepository channels,
      InboundChannels receivers,
      ChannelSettings settings,
      ChannelConfigs configs,
      ChannelUrls urls) {
    this.channels = channels;
    this.receivers = receivers;
    this.settings = settings;
    this.configs = configs;
    this.urls = urls;
  }

  @Transactional
  ChannelView create(NewChannel request) {
    InboundChannel receiver =
        receivers
            .find(request.platform())
            .orElseThrow(
                () ->
                    new InvalidChannelRequestException(
                        "platform",
                        "must be one of %s, but is '%s'"
                            .formatted(receivers.platforms(), request.platform())));
    StoredSettings stored =
        settings.apply(receiver, new StoredSettings(null, null), request.settings());
    Channel channel =
        channels.save(
            Channel.create(
                request.platform(),
                request.name().strip(),
                request.enabled() == null || request.enabled(),
                blankToNull(request.utmSource()),
                stored));
    return view(channel);
  }

  @Transactional
  ChannelView update(UUID id, ChannelUpdate update) {
    Channel channel = channels.findById(id).orElseThrow(() -> new ChannelNotFoundException(id));
    if (update.settings() != null) {
      InboundChannel receiver =
          receivers
              .find(channel.platform())
              .orElseThrow(
                  () ->
                      new InvalidChannelRequestException(
                          "settings",
                          "cannot be changed: platform '%s' has no receiver in this application"
                              .formatted(channel.platform())));
      channel.replaceSettings(
          settings.apply(receiver, channel.storedSettings(), update.settings()));
    }
    if (update.name() != null) {
      channel.rename(update.name().strip());
    }
    if (update.enabled() != null) {
      channel.enable(update.enabled());
    }
    if (update.utmSource() != null) {
      channel.trackAs(blankToNull(update.utmSource()));
    }
    configs.evictAfterCommit(id);
    return view(channel);
  }

  @Transactional(readOnly = true)
  ChannelView find(UUID id) {
    return channels
        .findById(id)
        .map(this::view)
        .orElseThrow(() -> new ChannelNotFoundException(id));
  }

  @Transactional(readOnly = true)
  ChannelPage list(int page, int size) {
    Page<Channel> found =
        channels.findAll(
            PageRequest.of(
                page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
    return new ChannelPage(
        found.map(this::view).getContent(),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }

  List<PlatformView> platforms() {
    return receivers.platforms().stream()
        .map(
            platform ->
                new PlatformView(platform, receivers.find(platform).orElseThrow().credentials()))
        .toList();
  }

  private ChannelView view(Channel channel) {
    boolean webForm = WebFormChannel.PLATFORM.equals(channel.platform());
    return new ChannelView(
        channel.id(),
        channel.platform(),
        channel.name(),
        channel.enabled(),
        channel.utmSource() == null ? channel.platform() : channel.utmSource(),
        settings.masked(channel.storedSettings()),
        urls.webhook(channel.id()),
        webForm ? urls.formPage(channel.id()) : null,
        webForm ? urls.formSubmission(channel.id()) : null,
        channel.createdAt(),
        channel.updatedAt());
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
