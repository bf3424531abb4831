package com.huoke.customer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Makes a captured lead part of its customer: fills what the customer did not know, records the
 * source, tags the platform (SOURCE tag), and puts the capture on the timeline.
 */
@Component
class LeadAttachment {

  private final CustomerSourceRepository sources;
  private final Tags tags;
  private final Timeline timeline;

  LeadAttachment(CustomerSourceRepository sources, Tags tags, Timeline timeline) {
    this.sources = sources;
    this.tags = tags;
    this.timeline = timeline;
  }

  void attach(
      Customer customer,
      boolean created,
      CustomerCapture capture,
      CustomerProfile profile,
      Instant now) {
    LeadOrigin origin = capture.origin();
    if (!created) {
      customer.fillMissing(profile);
    }
    customer.firstTouchedBy(FirstTouch.of(capture.leadId(), origin, now));
    sources.save(CustomerSource.of(customer.id(), capture.leadId(), profile.name(), origin, now));
    customer.addTag(tags.idOf(new TagRef(TagCategory.SOURCE, origin.platform()), now), now);
    customer.touch(now);
    timeline.record(customer, captured(capture, created, now), Actors.SYSTEM);
    timeline.changed(
        customer, created ? CustomerChange.CREATED : CustomerChange.LEAD_ATTACHED, now);
  }

  private static NewActivity captured(CustomerCapture capture, boolean created, Instant now) {
    LeadOrigin origin = capture.origin();
    String where =
        origin.channel() == null
            ? origin.platform()
            : origin.platform() + " (" + origin.channel() + ")";
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("platform", origin.platform());
    details.put("channel", origin.channel());
    details.put("campaign", origin.campaign());
    details.put("utmSource", origin.utm().source());
    details.put("utmMedium", origin.utm().medium());
    details.put("utmCampaign", origin.utm().campaign());
    details.put("utmContent", origin.utm().content());
    details.put("landingUrl", origin.landingUrl());
    return new NewActivity(
        ActivityType.LEAD_CAPTURED,
        now,
        (created ? "New customer from a lead captured on " : "Lead captured on ") + where,
        details,
        capture.leadId());
  }
}
