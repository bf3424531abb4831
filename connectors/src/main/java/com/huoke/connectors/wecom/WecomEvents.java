package com.huoke.connectors.wecom;

import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.PlatformIdentity;
import com.huoke.connectors.weixin.WeixinFields;
import java.util.List;
import java.util.Set;

/**
 * Maps a WeCom callback onto HuoKe's events: a staff member adding a customer (客户联系) is a lead;
 * deletions and every other event or message are only acknowledged.
 */
final class WecomEvents {

  /** Both mean a customer now has a staff member as a contact; "half" is before they accept. */
  private static final Set<String> CONTACT_ADDED =
      Set.of("add_external_contact", "add_half_external_contact");

  private WecomEvents() {}

  static List<InboundEvent> from(WeixinFields message) {
    if (!"event".equals(message.require("MsgType"))
        || !"change_external_contact".equals(message.require("Event"))) {
      return List.of();
    }
    String changeType = message.require("ChangeType");
    if (!CONTACT_ADDED.contains(changeType)) {
      return List.of();
    }
    String externalUserId = message.require("ExternalUserID");
    InboundLead lead =
        InboundLead.builder()
            .identity(PlatformIdentity.Kind.WECOM_EXTERNAL_USERID, externalUserId)
            .ownerUserId(message.require("UserID"))
            // The state of the 渠道活码 (contact-me QR code) the customer scanned, when any.
            .sourceChannel(message.optional("State"))
            .rawData(message.asRawData())
            .build();
    String messageId = externalUserId + "-" + changeType + "-" + message.require("CreateTime");
    return List.of(new InboundEvent.LeadSubmitted(messageId, message.createTime(), lead));
  }
}
