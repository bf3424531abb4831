package com.huoke.connectors.inbound;

import java.util.List;
import java.util.Map;

/**
 * A lead as a platform delivered it, mapped onto HuoKe's lead fields; values are as received
 * (normalising phones, e-mails and regions is the app's job) and absent ones are {@code null}.
 *
 * @param sourceChannel where on the platform it came from, e.g. a live room, a QR scene, a form
 * @param sourceCampaign the platform's campaign or ad plan name or id
 * @param region province / city as the platform gives them, e.g. "广东省 深圳市"
 * @param identities platform ids of the person (openid, external_userid), for de-duplication
 * @param ownerUserId the staff member the platform says the person belongs to (WeCom's adder)
 * @param landingUrl the page the person submitted from
 * @param formFields every form field as label → value, including the ones mapped above
 * @param rawData the platform's payload, for audit
 */
public record InboundLead(
    String contactName,
    String contactPhone,
    String contactWechat,
    String contactEmail,
    String company,
    String industry,
    String region,
    String jobTitle,
    String sourceChannel,
    String sourceCampaign,
    String utmSource,
    String utmMedium,
    String utmCampaign,
    String utmContent,
    String landingUrl,
    List<PlatformIdentity> identities,
    String ownerUserId,
    Map<String, String> formFields,
    Map<String, Object> rawData) {

  public InboundLead {
    identities = identities == null ? List.of() : List.copyOf(identities);
    formFields = formFields == null ? Map.of() : formFields;
    rawData = rawData == null ? Map.of() : rawData;
  }

  /** Starts a lead with only the fields a receiver has; the rest stay {@code null}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Receivers fill a few of the many fields; a builder keeps their mapping code readable. */
  public static final class Builder {
    private String contactName;
    private String contactPhone;
    private String contactWechat;
    private String contactEmail;
    private String company;
    private String industry;
    private String region;
    private String jobTitle;
    private String sourceChannel;
    private String sourceCampaign;
    private String utmSource;
    private String utmMedium;
    private String utmCampaign;
    private String utmContent;
    private String landingUrl;
    private final java.util.ArrayList<PlatformIdentity> identities = new java.util.ArrayList<>();
    private String ownerUserId;
    private Map<String, String> formFields = Map.of();
    private Map<String, Object> rawData = Map.of();

    private Builder() {}

    public Builder contactName(String value) {
      contactName = value;
      return this;
    }

    public Builder contactPhone(String value) {
      contactPhone = value;
      return this;
    }

    public Builder contactWechat(String value) {
      contactWechat = value;
      return this;
    }

    public Builder contactEmail(String value) {
      contactEmail = value;
      return this;
    }

    public Builder company(String value) {
      company = value;
      return this;
    }

    public Builder industry(String value) {
      industry = value;
      return this;
    }

    public Builder region(String value) {
      region = value;
      return this;
    }

    public Builder jobTitle(String value) {
      jobTitle = value;
      return this;
    }

    public Builder sourceChannel(String value) {
      sourceChannel = value;
      return this;
    }

    public Builder sourceCampaign(String value) {
      sourceCampaign = value;
      return this;
    }

    public Builder utm(String source, String medium, String campaign, String content) {
      utmSource = source;
      utmMedium = medium;
      utmCampaign = campaign;
      utmContent = content;
      return this;
    }

    public Builder landingUrl(String value) {
      landingUrl = value;
      return this;
    }

    public Builder identity(PlatformIdentity.Kind kind, String id) {
      if (id != null && !id.isBlank()) {
        identities.add(new PlatformIdentity(kind, id));
      }
      return this;
    }

    public Builder ownerUserId(String value) {
      ownerUserId = value;
      return this;
    }

    public Builder formFields(Map<String, String> value) {
      formFields = value;
      return this;
    }

    public Builder rawData(Map<String, Object> value) {
      rawData = value;
      return this;
    }

    public InboundLead build() {
      return new InboundLead(
          contactName,
          contactPhone,
          contactWechat,
          contactEmail,
          company,
          industry,
          region,
          jobTitle,
          sourceChannel,
          sourceCampaign,
          utmSource,
          utmMedium,
          utmCampaign,
          utmContent,
          landingUrl,
          identities,
          ownerUserId,
          formFields,
          rawData);
    }
  }
}
