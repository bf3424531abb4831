package com.huoke.lead;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.huoke.web.MaxJsonSize;
import com.huoke.workers.lead.CompanySize;
import com.huoke.workers.lead.LeadActivityType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A lead to capture: the seed's Lead fields (PRD §2.1.3) plus what scoring reads — job title,
 * company size and the activities seen so far. Only the platform and one way to reach the person
 * are required.
 */
public record NewLead(
    @NotNull SourcePlatform sourcePlatform,
    @Size(max = 200) String sourceChannel,
    @Size(max = 200) String sourceCampaign,
    @Size(max = 100) String contactName,
    @Pattern(regexp = "\\+?[0-9][0-9 -]{4,30}", message = "must be a phone number of digits")
        @Size(max = 32)
        String contactPhone,
    @Size(max = 64) String contactWechat,
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
    @Size(max = ACTIVITIES_MAX) List<@NotNull @Valid Activity> activities) {

  /** Platform payloads are kept for audit, not as a document store. */
  public static final int RAW_DATA_MAX_BYTES = 32 * 1024;

  public static final int ACTIVITIES_MAX = 500;

  public NewLead {
    activities = activities == null ? List.of() : activities;
  }

  /** Someone must be able to call, message or mail the lead. */
  @JsonIgnore
  @AssertTrue(message = "must give at least one of contactPhone, contactWechat, contactEmail")
  public boolean isReachable() {
    return hasText(contactPhone) || hasText(contactWechat) || hasText(contactEmail);
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }

  /** Something the lead did, e.g. {@code {"type": "CONSULTATION", "occurredAt": "…"}}. */
  public record Activity(@NotNull LeadActivityType type, @NotNull Instant occurredAt) {}
}
