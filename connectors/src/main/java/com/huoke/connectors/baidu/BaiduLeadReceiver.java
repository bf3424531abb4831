package com.huoke.connectors.baidu;

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
import com.huoke.connectors.inbound.SourceNotAllowedException;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.support.FormAnswers;
import com.huoke.connectors.inbound.support.IpAllowList;
import com.huoke.connectors.inbound.support.JsonBodies;
import com.huoke.connectors.inbound.support.JsonContentType;
import com.huoke.connectors.inbound.support.LeadContact;
import com.huoke.connectors.inbound.support.LeadField;
import com.huoke.connectors.inbound.support.PlatformTimes;
import com.huoke.connectors.inbound.support.Texts;
import com.huoke.connectors.inbound.support.UtmParameters;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Receives Baidu 营销通 / 基木鱼 lead pushes (线索推送): form submissions, consultations and calls, one clue
 * per push, with the fields of {@code LeadsNoticeService} ({@code clueId}, {@code cluePhoneNumber},
 * {@code formDetail:[{name, value, type}]}, …).
 *
 * <p>Baidu publishes no signature for the push, so a request is accepted only with the channel's
 * secret {@code token} in the URL and, when {@code allowedIps} is set, only from those addresses.
 */
public final class BaiduLeadReceiver implements InboundChannel {

  /** The platform id channels are configured with. */
  public static final String PLATFORM = "baidu";

  static final String TOKEN = "token";
  static final String ALLOWED_IPS = "allowedIps";

  private static final Reply ACKNOWLEDGED = Reply.json("{\"code\":0,\"message\":\"success\"}");

  private final Clock clock;

  public BaiduLeadReceiver(Clock clock) {
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
            TOKEN, "推送地址中的密钥：在百度营销通/基木鱼填写的推送 URL 须带 ?token=<此值>（百度不提供签名）"),
        CredentialSpec.optionalSetting(
            ALLOWED_IPS, "允许推送的来源 IP 或网段，逗号分隔，支持 IPv4/IPv6 与 CIDR（如 180.76.0.0/16）；留空则不限制"));
  }

  @Override
  public void verify(InboundRequest request, ChannelCredentials credentials) {
    requireAllowedSource(request, credentials.optional(ALLOWED_IPS));
    JsonContentType.require(request);
    new BaiduUrlToken(credentials.require(TOKEN)).verify(request);
  }

  @Override
  public InboundResult decode(InboundRequest request, ChannelCredentials credentials) {
    ObjectNode clue = JsonBodies.readObject(request.body(), "the body");
    String clueId = JsonBodies.text(clue, "clueId");
    if (clueId == null) {
      throw new UndecodablePayloadException("Expected field 'clueId', but it is absent");
    }
    InboundEvent lead = new InboundEvent.LeadSubmitted(clueId, occurredAt(clue), lead(clue));
    return new InboundResult.Delivery(List.of(lead), ACKNOWLEDGED);
  }

  private static void requireAllowedSource(InboundRequest request, String allowedIps) {
    if (allowedIps == null) {
      return;
    }
    IpAllowList allowList;
    try {
      allowList = IpAllowList.parse(allowedIps);
    } catch (IllegalArgumentException misconfigured) {
      throw new IllegalStateException(
          "Expected channel setting '"
              + ALLOWED_IPS
              + "' to be valid: "
              + misconfigured.getMessage(),
          misconfigured);
    }
    if (!allowList.allows(request.remoteAddress())) {
      throw new SourceNotAllowedException(
          "Expected a push from an address in the channel's allowedIps, but it came from "
              + (request.remoteAddress() == null ? "an unknown address" : request.remoteAddress()));
    }
  }

  private static InboundLead lead(ObjectNode clue) {
    FormAnswers answers = formAnswers(clue.get("formDetail"));
    String landingUrl =
        Texts.firstNonBlank(JsonBodies.text(clue, "url"), JsonBodies.text(clue, "consultUrl"));
    InboundLead.Builder lead =
        answers
            .fill(InboundLead.builder())
            .contactPhone(
                Texts.firstNonBlank(
                    JsonBodies.text(clue, "cluePhoneNumber"), answers.get(LeadField.PHONE)))
            .contactWechat(
                Texts.firstNonBlank(
                    JsonBodies.text(clue, "wechatAccount"), answers.get(LeadField.WECHAT)))
            .region(
                Texts.firstNonBlank(JsonBodies.text(clue, "area"), answers.get(LeadField.REGION)))
            .sourceChannel(
                Texts.firstNonBlank(
                    Texts.joinNonBlank(
                        "-",
                        JsonBodies.text(clue, "flowChannelName"),
                        JsonBodies.text(clue, "solutionTypeName")),
                    "百度营销通线索"))
            .sourceCampaign(JsonBodies.text(clue, "campaignName"))
            .landingUrl(landingUrl)
            .rawData(JsonBodies.toMap(clue));
    UtmParameters.fill(lead, landingUrl);
    return LeadContact.require(lead.build(), "cluePhoneNumber, wechatAccount or formDetail");
  }

  // formDetail states each answer's kind in "type" (phone, name, …); the label is the fallback
  private static FormAnswers formAnswers(JsonNode formDetail) {
    FormAnswers answers = new FormAnswers();
    if (formDetail == null || formDetail.isNull()) {
      return answers;
    }
    if (!formDetail.isArray()) {
      throw new UndecodablePayloadException(
          "Expected field 'formDetail' to be an array of {name, value, type}, but it is "
              + JsonBodies.typeOf(formDetail));
    }
    for (JsonNode answer : formDetail) {
      String label = JsonBodies.text(answer, "name");
      LeadField field =
          LeadField.forLabel(JsonBodies.text(answer, "type"))
              .or(() -> LeadField.forLabel(label))
              .orElse(null);
      answers.add(label, JsonBodies.text(answer, "value"), field);
    }
    return answers;
  }

  // commitTime comes as "yyyy-MM-dd HH:mm:ss" (Beijing time) or as epoch milliseconds
  private Instant occurredAt(ObjectNode clue) {
    Instant committed = PlatformTimes.parseChinaDateTime(JsonBodies.text(clue, "commitTime"));
    if (committed == null) {
      committed = PlatformTimes.fromEpochMillis(JsonBodies.wholeNumber(clue, "commitTime"));
    }
    return committed != null ? committed : clock.instant();
  }
}
