package com.huoke.channel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** A landing-page link handed out for a channel, carrying its UTM parameters (seed PRD §2.1.2). */
@Entity
@Table(name = "channel_tracking_links")
class TrackingLink {

  @Id private UUID id;
  private UUID channelId;
  private String utmSource;
  private String utmMedium;
  private String utmCampaign;
  private String utmContent;
  private String landingUrl;
  private String url;
  private Instant createdAt;

  protected TrackingLink() {}

  TrackingLink(UUID channelId, Utm utm, String landingUrl, String url) {
    this.id = UUID.randomUUID();
    this.channelId = channelId;
    this.utmSource = utm.source();
    this.utmMedium = utm.medium();
    this.utmCampaign = utm.campaign();
    this.utmContent = utm.content();
    this.landingUrl = landingUrl;
    this.url = url;
    this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  TrackingLinkView view() {
    return new TrackingLinkView(
        id,
        channelId,
        new Utm(utmSource, utmMedium, utmCampaign, utmContent),
        landingUrl,
        url,
        createdAt);
  }

  /** The four UTM parameters a link carries. */
  record Utm(String source, String medium, String campaign, String content) {}
}
