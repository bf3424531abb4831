package com.huoke.connectors.oceanengine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.InboundResult.Reply;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.support.Challenges;
import com.huoke.connectors.inbound.support.JsonBodies;
import com.huoke.connectors.inbound.support.JsonContentType;
import com.huoke.connectors.inbound.support.PlatformTimes;
import com.huoke.connectors.inbound.support.ReplayWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Receives Ocean Engine (巨量引擎) SPI pushes: answers the {@code verify_webhook} challenge and turns
 * clue (线索) pushes into leads; pushes of other subscriptions are acknowledged without events.
 *
 * <p>Every POST must carry a valid {@code X-Open-Signature} and a {@code timestamp} inside the
 * replay window. The GET challenge is answered without a signature when it has none: it only echoes
 * a number and stores nothing, and the platform documents no signature for it; a signature that is
 * present is still checked.
 */
public final class OceanEngineSpiReceiver implements InboundChannel {

  /** The platform id channels are configured with. */
  public static final String PLATFORM = "oceanengine";

  static final String SECRET = "spiSecret";
  static final String REPLAY_WINDOW_SECONDS = ReplayWindow.SETTING;
  static final Duration DEFAULT_REPLAY_WINDOW = Duration.ofHours(1);
  static final String VERIFY_EVENT = "verify_webhook";

  private static final Reply ACKNOWLEDGED = Reply.json(JsonBodies.write(baseResponse()));

  private final Clock clock;

  public OceanEngineSpiReceiver(Clock clock) {
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
            SECRET, "SPI 订阅的签名密钥（巨量引擎开放平台 → 应用 → 消息订阅）；用于校验 X-Open-Signature"),
        CredentialSpec.optionalSetting(
            REPLAY_WINDOW_SECONDS, "推送 timestamp 与本机时间允许的最大偏差（秒），默认 3600；超出则拒收以防重放"));
  }

  @Override
  public void verify(InboundRequest request, ChannelCredentials credentials) {
    OceanEngineSignature signature = new OceanEngineSignature(credentials.require(SECRET));
    if (request.isGet()) {
      if (isQueryChallenge(request) && !OceanEngineSignature.isPresent(request)) {
        return;
      }
      signature.verify(request);
      return;
    }
    JsonContentType.require(request);
    signature.verify(request);
    ObjectNode body = JsonBodies.readObject(request.body(), "the body");
    if (VERIFY_EVENT.equals(JsonBodies.text(body, "event"))) {
      return;
    }
    ReplayWindow window = ReplayWindow.of(credentials, clock, DEFAULT_REPLAY_WINDOW);
    Instant sentAt = PlatformTimes.fromEpochMillis(JsonBodies.wholeNumber(body, "timestamp"));
    if (sentAt == null) {
      throw window.absent("timestamp");
    }
    window.check(sentAt);
  }

  @Override
  public InboundResult decode(InboundRequest request, ChannelCredentials credentials) {
    if (request.isGet()) {
      return challengeReply(
          Challenges.number(request.query("challenge"), "query parameter challenge"));
    }
    ObjectNode body = JsonBodies.readObject(request.body(), "the body");
    if (VERIFY_EVENT.equals(JsonBodies.text(body, "event"))) {
      return challengeReply(Challenges.number(body.get("challenge"), "field 'challenge'"));
    }
    ObjectNode data = JsonBodies.objectOrJsonString(body, "data");
    if (!OceanEngineClues.isClue(data)) {
      return new InboundResult.Delivery(List.of(), ACKNOWLEDGED);
    }
    String messageId = JsonBodies.text(body, "message_id");
    if (messageId == null) {
      throw new UndecodablePayloadException("Expected field 'message_id', but it is absent");
    }
    InboundEvent lead =
        new InboundEvent.LeadSubmitted(
            messageId, occurredAt(body, data), OceanEngineClues.lead(body, data));
    return new InboundResult.Delivery(List.of(lead), ACKNOWLEDGED);
  }

  private static boolean isQueryChallenge(InboundRequest request) {
    return VERIFY_EVENT.equals(request.query("event")) && request.query("challenge") != null;
  }

  private Instant occurredAt(ObjectNode body, ObjectNode clue) {
    Instant created = PlatformTimes.parseChinaDateTime(JsonBodies.text(clue, "create_time_detail"));
    if (created != null) {
      return created;
    }
    Instant pushed = PlatformTimes.fromEpochMillis(JsonBodies.wholeNumber(body, "timestamp"));
    return pushed != null ? pushed : clock.instant();
  }

  private static InboundResult challengeReply(JsonNode challenge) {
    ObjectNode reply = baseResponse();
    reply.set("challenge", challenge);
    return new InboundResult.UrlVerification(Reply.json(JsonBodies.write(reply)));
  }

  // StatusCode 200 = handled; 4xx would tell the platform not to retry, 5xx to retry
  private static ObjectNode baseResponse() {
    ObjectNode reply = JsonBodies.newObject();
    reply.putObject("BaseResp").put("StatusCode", 200).put("StatusMessage", "ok");
    return reply;
  }
}
