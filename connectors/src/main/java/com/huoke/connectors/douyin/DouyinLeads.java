package com.huoke.connectors.douyin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.PlatformIdentity;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.support.FormAnswers;
import com.huoke.connectors.inbound.support.JsonBodies;
import com.huoke.connectors.inbound.support.LeadContact;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the lead in a Douyin event. Private-message leads (私信留资) arrive as an {@code
 * im_receive_msg} whose message is a filled-in lead card: {@code message_type} {@code
 * retain_consult_card}, {@code card_status} 2 and the answers in {@code card_data:[{label,
 * value}]}; the person is the sender, {@code from_user_id}. The older enterprise-account events
 * {@code personal_tab_contact} (主页留资) and {@code website_contact} (个人建站留资) are leads too, but their
 * content is not documented, so its fields are read by name and a lead nobody can be reached
 * through is refused rather than dropped.
 */
final class DouyinLeads {

  static final String RECEIVED_MESSAGE = "im_receive_msg";
  static final String LEAD_CARD = "retain_consult_card";

  // 1 = the card was sent but is still blank; 2 = the person filled it in
  private static final long CARD_BLANK = 1;

  private static final Map<String, String> CONTACT_EVENTS =
      Map.of("personal_tab_contact", "抖音主页留资", "website_contact", "抖音个人建站留资");

  private DouyinLeads() {}

  /** Whether events of this kind can carry a lead at all. */
  static boolean mayCarryLead(String event) {
    return RECEIVED_MESSAGE.equals(event) || CONTACT_EVENTS.containsKey(event);
  }

  /** The lead an event carries, or empty for events that carry none. */
  static Optional<InboundLead> from(String event, ObjectNode body, ObjectNode content) {
    if (RECEIVED_MESSAGE.equals(event)
        && content != null
        && LEAD_CARD.equals(JsonBodies.text(content, "message_type"))) {
      return leadCard(body, content);
    }
    String channel = CONTACT_EVENTS.get(event);
    if (channel != null) {
      return Optional.of(contactEvent(event, channel, body, content));
    }
    return Optional.empty();
  }

  private static Optional<InboundLead> leadCard(ObjectNode body, ObjectNode content) {
    Long status = JsonBodies.wholeNumber(content, "card_status");
    if (status != null && status == CARD_BLANK) {
      return Optional.empty();
    }
    JsonNode cardData = content.get("card_data");
    if (cardData == null || !cardData.isArray()) {
      throw new UndecodablePayloadException(
          "Expected content.card_data to be an array of {label, value} in a filled-in "
              + LEAD_CARD
              + ", but it is "
              + JsonBodies.typeOf(cardData));
    }
    FormAnswers answers = new FormAnswers();
    for (JsonNode item : cardData) {
      answers.add(JsonBodies.text(item, "label"), JsonBodies.text(item, "value"));
    }
    if (answers.isEmpty()) {
      throw new UndecodablePayloadException(
          "Expected answers in content.card_data of a filled-in "
              + LEAD_CARD
              + ", but it has none");
    }
    return Optional.of(lead(body, answers, "抖音私信留资卡片", "the lead card"));
  }

  private static InboundLead contactEvent(
      String event, String channel, ObjectNode body, ObjectNode content) {
    FormAnswers answers = new FormAnswers();
    if (content != null) {
      for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        answers.add(name, JsonBodies.text(content, name));
      }
    }
    return lead(body, answers, channel, "the " + event + " event");
  }

  private static InboundLead lead(
      ObjectNode body, FormAnswers answers, String channel, String source) {
    InboundLead lead =
        answers
            .fill(InboundLead.builder())
            .sourceChannel(channel)
            .identity(PlatformIdentity.Kind.DOUYIN_OPENID, JsonBodies.text(body, "from_user_id"))
            .rawData(JsonBodies.toMap(body))
            .build();
    return LeadContact.require(lead, source);
  }
}
