package com.huoke.connectors.xiaohongshu;

import com.fasterxml.jackson.databind.JsonNode;
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
import com.huoke.connectors.inbound.support.FormAnswers;
import com.huoke.connectors.inbound.support.JsonBodies;
import com.huoke.connectors.inbound.support.JsonContentType;
import com.huoke.connectors.inbound.support.LeadContact;
import com.huoke.connectors.inbound.support.PlatformTimes;
import com.huoke.connectors.inbound.support.Texts;
import com.huoke.connectors.inbound.support.UtmParameters;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Receives Xiaohongshu 聚光 landing-page form pushes (落地页表单推送) and turns each into a lead.
 *
 * <p>Signing is optional on the platform: when the channel has a {@code token}, the {@code
 * X-Red-Signature} header is required and checked; without one every JSON push is accepted, so a
 * channel should only run without a token behind another guard (e.g. an unguessable URL). The
 * push's {@code timestamp} has no documented unit or tolerance, so no replay window is enforced;
 * re-deliveries are recognised by {@code leads_id}.
 */
public final class XiaohongshuLeadReceiver implements InboundChannel {

  /** The platform id channels are configured with. */
  public static final String PLATFORM = "xiaohongshu";

  static final String TOKEN = "token";

  private static final Reply ACKNOWLEDGED = Reply.json("{\"code\":0,\"msg\":\"success\"}");

  private final Clock clock;

  public XiaohongshuLeadReceiver(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public List<CredentialSpec> credentials() {
    return List.of(
        CredentialSpec.optionalSecret(
            TOKEN, "聚光平台线索推送配置的 Token；设置后要求并校验 X-Red-Signature，未设置则不验签（不建议）"));
  }

  @Override
  public void verify(InboundRequest request, ChannelCredentials credentials) {
    JsonContentType.require(request);
    String token = credentials.optional(TOKEN);
    if (token != null) {
      new XiaohongshuSignature(token).verify(request);
    }
  }

  @Override
  public InboundResult decode(InboundRequest request, ChannelCredentials credentials) {
    ObjectNode body = JsonBodies.readObject(request.body(), "the body");
    ObjectNode data = JsonBodies.objectOrJsonString(body, "data");
    if (data == null) {
      throw new UndecodablePayloadException(
          "Expected field 'data' with the lead, but it is absent");
    }
    String leadsId = JsonBodies.text(data, "leads_id");
    if (leadsId == null) {
      throw new UndecodablePayloadException("Expected field 'data.leads_id', but it is absent");
    }
    InboundEvent lead = new InboundEvent.LeadSubmitted(leadsId, occurredAt(data), lead(body, data));
    return new InboundResult.Delivery(List.of(lead), ACKNOWLEDGED);
  }

  private static InboundLead lead(ObjectNode body, ObjectNode data) {
    FormAnswers answers = answers(data.get("data"));
    String landingUrl = JsonBodies.text(data, "url");
    InboundLead.Builder lead =
        answers
            .fill(InboundLead.builder())
            .sourceChannel(Texts.firstNonBlank(JsonBodies.text(data, "source_channel"), "小红书聚光落地页"))
            .sourceCampaign(
                Texts.firstNonBlank(
                    JsonBodies.text(data, "campaign_name"), JsonBodies.text(data, "campaign_id")))
            .landingUrl(landingUrl)
            .rawData(JsonBodies.toMap(body));
    UtmParameters.fill(lead, landingUrl);
    return LeadContact.require(lead.build(), "the form answers in data.data");
  }

  private static FormAnswers answers(JsonNode formData) {
    if (formData == null || !formData.isArray()) {
      throw new UndecodablePayloadException(
          "Expected field 'data.data' to be an array of {label, value}, but it is "
              + JsonBodies.typeOf(formData));
    }
    FormAnswers answers = new FormAnswers();
    for (JsonNode answer : formData) {
      answers.add(JsonBodies.text(answer, "label"), JsonBodies.text(answer, "value"));
    }
    return answers;
  }

  private Instant occurredAt(ObjectNode data) {
    Instant submitted = PlatformTimes.parseChinaDateTime(JsonBodies.text(data, "submitted_time"));
    return submitted != null ? submitted : clock.instant();
  }
}
