package com.huoke.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.UUID;

/** How the customer first reached us: the first lead's platform, channel, campaign and UTM. */
@Embeddable
public record FirstTouch(
    @Column(name = "first_platform") String platform,
    @Column(name = "first_channel") String channel,
    @Column(name = "first_campaign") String campaign,
    @Column(name = "first_utm_source") String utmSource,
    @Column(name = "first_utm_medium") String utmMedium,
    @Column(name = "first_utm_campaign") String utmCampaign,
    @Column(name = "first_utm_content") String utmContent,
    @Column(name = "first_landing_url") String landingUrl,
    @Column(name = "first_lead_id") UUID leadId,
    @Column(name = "first_touch_at") Instant at) {

  static FirstTouch of(UUID leadId, LeadOrigin origin, Instant at) {
    return new FirstTouch(
        origin.platform(),
        origin.channel(),
        origin.campaign(),
        origin.utm().source(),
        origin.utm().medium(),
        origin.utm().campaign(),
        origin.utm().content(),
        origin.landingUrl(),
        leadId,
        at);
  }

  /** The earlier of two first touches; a missing one loses. */
  static FirstTouch earlier(FirstTouch a, FirstTouch b) {
    if (a == null || a.at() == null) {
      return b;
    }
    if (b == null || b.at() == null) {
      return a;
    }
    return b.at().isBefore(a.at()) ? b : a;
  }
}
