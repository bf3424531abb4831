package com.huoke.connectors.wechatmp;

import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.PlatformIdentity;
import com.huoke.connectors.weixin.WeixinFields;
import java.util.List;
import java.util.Locale;

/**
 * Maps an official-account message onto HuoKe's events: follows and QR-scene scans are leads, text
 * messages go to the inbox, everything else (unfollows, images, menu clicks…) is only acknowledged.
 */
final class WechatMpEvents {

  /** The prefix WeChat puts before the scene of a parametric QR code in a subscribe event. */
  private static final String SCENE_PREFIX = "qrscene_";

  private WechatMpEvents() {}

  static List<InboundEvent> from(WeixinFields message) {
    return switch (message.require("MsgType")) {
      case "text" -> List.of(customerMessage(message));
      case "event" -> fromEvent(message);
      default -> List.of();
    };
  }

  private static List<InboundEvent> fromEvent(WeixinFields message) {
    String event = message.require("Event");
    String eventKey = message.optional("EventKey");
    return switch (event.toLowerCase(Locale.ROOT)) {
      case "subscribe" -> List.of(lead(message, event, sceneOfSubscribe(eventKey)));
      // An existing follower scanning a parametric QR code: the app de-duplicates the person.
      case "scan" -> List.of(lead(message, event, eventKey));
      default -> List.of();
    };
  }

  private static InboundEvent.LeadSubmitted lead(WeixinFields message, String event, String scene) {
    String openId = message.require("FromUserName");
    String createTime = message.require("CreateTime");
    InboundLead lead =
        InboundLead.builder()
            .identity(PlatformIdentity.Kind.WECHAT_OPENID, openId)
            .sourceChannel(scene)
            .rawData(message.asRawData())
            .build();
    // Events have no MsgId; CHANNELS.md §4 de-duplicates them on sender and time.
    return new InboundEvent.LeadSubmitted(
        openId + "-" + createTime + "-" + event, message.createTime(), lead);
  }

  private static InboundEvent.CustomerMessage customerMessage(WeixinFields message) {
    return new InboundEvent.CustomerMessage(
        message.require("MsgId"),
        message.createTime(),
        new PlatformIdentity(PlatformIdentity.Kind.WECHAT_OPENID, message.require("FromUserName")),
        message.require("ToUserName"),
        "text",
        message.requireText("Content"));
  }

  /** A plain follow has no or an empty EventKey; a QR follow has {@code qrscene_<scene>}. */
  private static String sceneOfSubscribe(String eventKey) {
    if (eventKey != null && eventKey.startsWith(SCENE_PREFIX)) {
      String scene = eventKey.substring(SCENE_PREFIX.length());
      return scene.isBlank() ? null : scene;
    }
    return eventKey;
  }
}
