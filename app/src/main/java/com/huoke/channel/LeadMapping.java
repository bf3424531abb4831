package com.huoke.channel;

import com.huoke.connectors.inbound.InboundLead;
import com.huoke.contact.ContactIdentity;
import com.huoke.contact.IdentityKind;
import com.huoke.lead.NewLead;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform's lead as HuoKe's lead input: the seed fields one to one; where it came from on the
 * platform (channel name when the platform does not say), and everything else in {@code rawData}
 * for audit and for features that read it later.
 */
final class LeadMapping {

  private LeadMapping() {}

  static NewLead toNewLead(ChannelConfig channel, String messageId, InboundLead lead) {
    return new NewLead(
        PlatformSources.of(channel.platform()),
        lead.sourceChannel() == null || lead.sourceChannel().isBlank()
            ? channel.name()
            : lead.sourceChannel(),
        lead.sourceCampaign(),
        lead.contactName(),
        lead.contactPhone(),
        lead.contactWechat(),
        lead.contactEmail(),
        lead.company(),
        lead.industry(),
        lead.region(),
        lead.jobTitle(),
        null,
        lead.utmSource(),
        lead.utmMedium(),
        lead.utmCampaign(),
        lead.utmContent(),
        rawDataOf(channel, messageId, lead),
        List.of(),
        identitiesOf(channel, lead),
        lead.ownerUserId(),
        lead.landingUrl());
  }

  /**
   * Platform ids are unique only within the account that issued them (a WeChat openid per official
   * account, an external_userid per WeCom corp), so each is prefixed with that account — or with
   * the channel when the platform does not say — before it becomes a de-duplication key.
   */
  private static List<ContactIdentity> identitiesOf(ChannelConfig channel, InboundLead lead) {
    String account = accountOf(channel);
    return lead.identities().stream()
        .map(
            identity ->
                new ContactIdentity(
                    IdentityKind.valueOf(identity.kind().name()), account + ":" + identity.id()))
        .toList();
  }

  private static String accountOf(ChannelConfig channel) {
    String account =
        switch (channel.platform()) {
          case "wechatmp" -> channel.credentials().optional("appId");
          case "wecom" -> channel.credentials().optional("corpId");
          case "douyin" -> channel.credentials().optional("clientKey");
          default -> null;
        };
    return account != null ? channel.platform() + "/" + account : "channel/" + channel.id();
  }

  private static Map<String, Object> rawDataOf(
      ChannelConfig channel, String messageId, InboundLead lead) {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("channelId", channel.id().toString());
    raw.put("platform", channel.platform());
    raw.put("messageId", messageId);
    if (lead.landingUrl() != null) {
      raw.put("landingUrl", lead.landingUrl());
    }
    if (!lead.identities().isEmpty()) {
      raw.put(
          "identities",
          lead.identities().stream()
              .map(identity -> Map.of("kind", identity.kind().name(), "id", identity.id()))
              .toList());
    }
    if (lead.ownerUserId() != null) {
      raw.put("ownerUserId", lead.ownerUserId());
    }
    raw.put("formFields", lead.formFields());
    if (!lead.rawData().isEmpty()) {
      raw.put("payload", lead.rawData());
    }
    return raw;
  }
}
