package com.huoke.lead;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.huoke.contact.ContactIdentity;
import com.huoke.contact.IdentityKind;
import com.huoke.contact.ValidContact;
import com.huoke.web.MaxJsonSize;
import com.huoke.workers.lead.CompanySize;
import com.huoke.workers.lead.LeadActivityType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lead to capture: the seed's Lead fields (PRD §2.1.3) plus what scoring reads — job title,
 * company size and the activities seen so far — and what channels know about the person: platform
 * ids ({@code identities}, e.g. a WeChat openid), the staff member who owns the contact ({@code
 * ownerUserId}, e.g. WeCom's adding member) and the landing page. Only the platform and one way to
 * reach the person are required. Capture normalises the contact values (phone to E.164, …).
 */
public record NewLead(
    @NotNull SourcePlatform sourcePlatform,
    @Size(max = 200) String sourceChannel,
    @Size(max = 200) String sourceCampaign,
    @Size(max = 100) String contactName,
    @ValidContact(IdentityKind.PHONE) @Size(max = 32) String contactPhone,
    @ValidContact(IdentityKind.WECHAT_ID) @Size(max = 64) String contactWechat,
    @Email @Size(max = 254) String contactEmail,
    @Size(max = 200) String company,
    @Size(max = 100) String industry,
    @Size(max = 100) String region,
    @Size(max = 100) String jobTitle,
    CompanySize companySize,
    @Size(max = 200) String utmSource,
    @Size(max = 200) String utmMedium,
    @Size(max = 200) String utmCampaign,
    @Size(max = 200) String utmContent,
    @MaxJsonSize(bytes = RAW_DATA_MAX_BYTES) Map<String, Object> rawData,
    @Size(max = ACTIVITIES_MAX) List<@NotNull @Valid Activity> activities,
    @Size(max = IDENTITIES_MAX) List<@NotNull @Valid ContactIdentity> identities,
    @Size(max = 100) String ownerUserId,
    @Size(max = 2000) String landingUrl) {

  /** Platform payloads are kept for audit, not as a document store. */
  public static final int RAW_DATA_MAX_BYTES = 32 * 1024;

  public static final int ACTIVITIES_MAX = 500;
  public static final int IDENTITIES_MAX = 20;

  public NewLead {
    activities = activities == null ? List.of() : activities;
    identities = identities == null ? List.of() : identities;
  }

  /** A lead with the seed's fields and no platform ids, owner or landing page. */
  public NewLead(
      SourcePlatform sourcePlatform,
      String sourceChannel,
      String sourceCampaign,
      String contactName,
      String contactPhone,
      String contactWechat,
      String contactEmail,
      String company,
      String industry,
      String region,
      String jobTitle,
      CompanySize companySize,
      String utmSource,
      String utmMedium,
      String utmCampaign,
      String utmContent,
      Map<String, Object> rawData,
      List<Activity> activities) {
    this(
        sourcePlatform,
        sourceChannel,
        sourceCampaign,
        contactName,
        contactPhone,
        contactWechat,
        contactEmail,
        company,
        industry,
        region,
        jobTitle,
        companySize,
        utmSource,
        utmMedium,
        utmCampaign,
        utmContent,
        rawData,
        activities,
        List.of(),
        null,
        null);
  }

  /** Someone must be able to call, message or mail the lead, or reach them on the platform. */
  @JsonIgnore
  @AssertTrue(
      message = "must give at least one of contactPhone, contactWechat, contactEmail, identities")
  public boolean isReachable() {
    return hasText(contactPhone)
        || hasText(contactWechat)
        || hasText(contactEmail)
        || !identities.isEmpty();
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** Something the lead did, e.g. {@code {"type": "CONSULTATION", "occurredAt": "…"}}. */
  public record Activity(@NotNull LeadActivityType type, @NotNull Instant occurredAt) {}
}
