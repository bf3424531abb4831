package com.huoke.customer;

import com.huoke.contact.IdentityKind;
import com.huoke.workers.lead.CompanySize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One customer as the API shows it (seed §2.2.4). Phone, WeChat id, e-mail, identity values and the
 * name are masked unless the caller's role may see personal data.
 */
public record CustomerView(
    UUID id,
    CustomerType type,
    String typeLabel,
    String name,
    String avatar,
    String phone,
    String wechatId,
    String dingtalkId,
    String email,
    Company company,
    CustomerStage stage,
    String stageLabel,
    Integer score,
    String ownerUserId,
    List<TagView> tags,
    Map<String, Object> customFields,
    FirstTouch firstTouch,
    List<IdentityView> identities,
    List<SourceView> sources,
    Instant lastActivityAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /** The company, its region as official province and city names. */
  public record Company(
      String name, String industry, CompanySize size, String province, String city) {}

  /** A way the customer is recognised; {@code leadId} is the lead that brought it. */
  public record IdentityView(IdentityKind kind, String value, UUID leadId) {}

  /** A lead that is part of this customer, with its latest score. */
  public record SourceView(
      UUID leadId,
      String platform,
      String channel,
      String campaign,
      Integer leadScore,
      Instant capturedAt) {}
}
