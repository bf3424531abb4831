package com.huoke.customer;

import com.huoke.contact.UtmParameters;
import java.time.Instant;

/**
 * Where a lead came from: {@code platform} is the lead's source platform code ({@code DOUYIN},
 * {@code WECOM}, …), the rest as captured.
 */
public record LeadOrigin(
    String platform,
    String channel,
    String campaign,
    UtmParameters utm,
    String landingUrl,
    Instant capturedAt) {

  public LeadOrigin {
    utm = utm == null ? UtmParameters.of(null, null, null, null) : utm;
  }
}
