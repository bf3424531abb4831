package com.huoke.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One lead that is part of a customer (seed §2.2.4 source_leads), with the lead's latest score. */
@Entity
@Table(name = "customer_sources")
class CustomerSource {

  @Id private UUID leadId;
  private UUID customerId;
  private String platform;
  private String contactName;
  private String channel;
  private String campaign;
  private String utmSource;
  private String utmMedium;
  private String utmCampaign;
  private String utmContent;
  private String landingUrl;
  private Integer leadScore;
  private Instant capturedAt;

  protected CustomerSource() {}

  static CustomerSource of(
      UUID customerId, UUID leadId, String contactName, LeadOrigin origin, Instant capturedAt) {
    CustomerSource source = new CustomerSource();
    source.leadId = leadId;
    source.customerId = customerId;
    source.platform = origin.platform();
    source.contactName = contactName;
    source.channel = origin.channel();
    source.campaign = origin.campaign();
    source.utmSource = origin.utm().source();
    source.utmMedium = origin.utm().medium();
    source.utmCampaign = origin.utm().campaign();
    source.utmContent = origin.utm().content();
    source.landingUrl = origin.landingUrl();
    source.capturedAt = capturedAt;
    return source;
  }

  /** Returns true when the score changed (a retried scoring job repeats the same one). */
  boolean scored(int score) {
    if (leadScore != null && leadScore == score) {
      return false;
    }
    leadScore = score;
    return true;
  }

  FirstTouch asFirstTouch() {
    return new FirstTouch(
        platform,
        channel,
        campaign,
        utmSource,
        utmMedium,
        utmCampaign,
        utmContent,
        landingUrl,
        leadId,
        capturedAt);
  }

  UUID leadId() {
    return leadId;
  }

  UUID customerId() {
    return customerId;
  }

  String platform() {
    return platform;
  }

  String contactName() {
    return contactName;
  }

  String channel() {
    return channel;
  }

  String campaign() {
    return campaign;
  }

  Integer leadScore() {
    return leadScore;
  }

  Instant capturedAt() {
    return capturedAt;
  }
}
