package com.huoke.connectors.douyin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.InboundResult.Reply;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.support.Challenges;
import com.huoke.connectors.inbound.support.JsonBodies;
import com.huoke.connectors.inbound.support.JsonContentType;
import com.huoke.connectors.inbound.support.PlatformTimes;
import com.huoke.connectors.inbound.support.Texts;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives Douyin Open Platform webhooks (抖音开放平台 Webhooks): answers the {@code verify_webhook}
 * check and turns private-message lead cards (私信留资) into leads; every other event is acknowledged
 * without events. Douyin retries a delivery three times and marks re-deliveries with the same
 * {@code Msg-Id} header, which becomes the event's message id.
 */
public final class DouyinWebhookReceiver implements InboundChannel {

  /** The platform id channels are configured with. */
  public static final String PLATFORM = "douyin";

  static final String CLIENT_SECRET = "clientSecret";
  static final String CLIENT_KEY = "clientKey";
  static final String MESSAGE_ID_HEADER = "Msg-Id";
  static final String VERIFY_EVENT = "verify_webhook";

  // Douyin documents no body for event replies; any 200 counts as delivered
  private static final Reply ACKNOWLEDGED = Reply.json("{}");

  private final Clock clock;

  public DouyinWebhookReceiver(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public List<CredentialSpec> credentials() {
    return List.of(
        CredentialSpec.requiredSecret(
            CLIENT_SECRET, "应用的 Client Secret（抖音开放平台 → 应用详情）；用于校验 X-Douyin-Signature"),
        CredentialSpec.optionalSetting(
            CLIENT_KEY, "应用的 Client Key；设置后只接受该应用的推送（body 中的 client_key 不同则拒收）"));
  }

  @Override
  public void verify(InboundRequest request, ChannelCredentials credentials) {
    JsonContentType.require(request);
    new DouyinSignature(credentials.require(CLIENT_SECRET)).verify(request);
  }

  @Override
  public InboundResult decode(InboundRequest request, ChannelCredentials credentials) {
    ObjectNode body = JsonBodies.readObject(request.body(), "the body");
    String event = JsonBodies.text(body, "event");
    if (event == null) {
      throw new UndecodablePayloadException("Expected field 'event', but it is absent");
    }
    requireConfiguredApp(body, credentials.optional(CLIENT_KEY));
    if (VERIFY_EVENT.equals(event)) {
      return new InboundResult.UrlVerification(
          challengeReply(JsonBodies.objectOrJsonString(body, "content")));
    }
    // content is only read for events that can carry a lead: a broken one elsewhere costs nothing
    if (!DouyinLeads.mayCarryLead(event)) {
      return new InboundResult.Delivery(List.of(), ACKNOWLEDGED);
    }
    ObjectNode content = JsonBodies.objectOrJsonString(body, "content");
    Optional<InboundLead> lead = DouyinLeads.from(event, body, content);
    if (lead.isEmpty()) {
      return new InboundResult.Delivery(List.of(), ACKNOWLEDGED);
    }
    InboundEvent submitted =
        new InboundEvent.LeadSubmitted(messageId(request, body), occurredAt(content), lead.get());
    return new InboundResult.Delivery(List.of(submitted), ACKNOWLEDGED);
  }

  // the URL check carries an empty client_key, so only a non-empty, different one is foreign
  private static void requireConfiguredApp(ObjectNode body, String configuredClientKey) {
    String clientKey = JsonBodies.text(body, "client_key");
    if (configuredClientKey != null
        && clientKey != null
        && !clientKey.equals(configuredClientKey)) {
      throw new UndecodablePayloadException(
          "Expected client_key '"
              + configuredClientKey
              + "' of the configured app, but the body carries '"
              + clientKey
              + "'");
    }
  }

  private static Reply challengeReply(ObjectNode content) {
    ObjectNode reply = JsonBodies.newObject();
    reply.set(
        "challenge",
        Challenges.number(content == null ? null : content.get("challenge"), "content.challenge"));
    return Reply.json(JsonBodies.write(reply));
  }

  private static String messageId(InboundRequest request, ObjectNode body) {
    String messageId =
        Texts.firstNonBlank(request.header(MESSAGE_ID_HEADER), JsonBodies.text(body, "log_id"));
    if (messageId == null) {
      throw new UndecodablePayloadException(
          "Expected header " + MESSAGE_ID_HEADER + " or field 'log_id', but neither is present");
    }
    return messageId.trim();
  }

  private Instant occurredAt(ObjectNode content) {
    Instant created = PlatformTimes.fromEpochMillis(JsonBodies.wholeNumber(content, "create_time"));
    return created != null ? created : clock.instant();
  }
}
