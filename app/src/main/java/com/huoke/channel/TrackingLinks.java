package com.huoke.channel;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands out landing-page links that tell which channel, campaign and content a lead came from. */
@Service
class TrackingLinks {

  private final TrackingLinkRepository links;
  private final ChannelRepository channels;
  private final ChannelUrls urls;
  private final ChannelProperties properties;

  TrackingLinks(
      TrackingLinkRepository links,
      ChannelRepository channels,
      ChannelUrls urls,
      ChannelProperties properties) {
    this.links = links;
    this.channels = channels;
    this.urls = urls;
    this.properties = properties;
  }

  @Transactional
  TrackingLinkView create(UUID channelId, NewTrackingLink request) {
    Channel channel =
        channels.findById(channelId).orElseThrow(() -> new ChannelNotFoundException(channelId));
    String landingUrl = landingUrlOf(channel, request.landingUrl());
    TrackingLink.Utm utm =
        new TrackingLink.Utm(
            channel.utmSource() == null ? channel.platform() : channel.utmSource(),
            request.medium() == null || request.medium().isBlank()
                ? properties.defaultUtmMedium()
                : request.medium().strip(),
            request.campaign().strip(),
            request.content().strip());
    return links
        .save(new TrackingLink(channelId, utm, landingUrl, TrackingUrls.withUtm(landingUrl, utm)))
        .view();
  }

  @Transactional(readOnly = true)
  List<TrackingLinkView> list(UUID channelId) {
    if (!channels.existsById(channelId)) {
      throw new ChannelNotFoundException(channelId);
    }
    return links.findByChannelIdOrderByCreatedAtDesc(channelId).stream()
        .map(TrackingLink::view)
        .toList();
  }

  private String landingUrlOf(Channel channel, String requested) {
    if (requested != null && !requested.isBlank()) {
      return requested.strip();
    }
    if (WebFormChannel.PLATFORM.equals(channel.platform())) {
      return urls.formPage(channel.id());
    }
    throw new InvalidChannelRequestException(
        "landingUrl", "must be given: only web-form channels have a page of their own");
  }
}
