package com.huoke.channel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.SourceNotAllowedException;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * HuoKe's own web forms as a platform: a landing page (the hosted one at {@code /forms/{id}} or any
 * page of the business) posts name, phone, e-mail, WeChat id, company, job title, region, message
 * and the UTM parameters, form-encoded or as JSON. There is no signature — forms are public — so a
 * hidden honeypot field catches bots, and a channel may restrict which sites may post.
 */
@Component
class WebFormChannel implements InboundChannel {

  static final String PLATFORM = "webform";
  static final String FORM = "application/x-www-form-urlencoded";
  static final String JSON = "application/json";
  static final String ALLOWED_ORIGINS = "allowedOrigins";

  /** A client-generated id that makes a retried submission idempotent. */
  static final String SUBMISSION_ID = "submissionId";

  private static final Set<String> UTM =
      Set.of("utm_source", "utm_medium", "utm_campaign", "utm_content");

  private final String honeypotField;
  private final ObjectMapper json;

  WebFormChannel(ChannelProperties properties, ObjectMapper json) {
    this.honeypotField = properties.honeypotField();
    this.json = json;
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public List<CredentialSpec> credentials() {
    return List.of(
        CredentialSpec.optionalSetting(
            ALLOWED_ORIGINS,
            "Comma-separated origins whose pages may post this form, e.g."
                + " https://www.example.com; empty allows any page"));
  }

  @Override
  public void verify(InboundRequest request, ChannelCredentials credentials) {
    if (request.isGet()) {
      return;
    }
    String type = request.mediaType();
    if (!FORM.equals(type) && !JSON.equals(type)) {
      throw new UnsupportedContentTypeException(FORM + " or " + JSON, type == null ? "none" : type);
    }
    String allowed = credentials.optional(ALLOWED_ORIGINS);
    if (allowed != null) {
      Set<String> origins =
          Arrays.stream(allowed.split(","))
              .map(String::strip)
              .filter(origin -> !origin.isEmpty())
              .map(WebFormChannel::withoutTrailingSlash)
              .collect(Collectors.toSet());
      String origin = originOf(request);
      if (origin == null || !origins.contains(origin)) {
        throw new SourceNotAllowedException(
            "Expected a submission from a page of %s, but it came from %s"
                .formatted(origins, origin == null ? "an unknown page" : origin));
      }
    }
  }

  @Override
  public InboundResult decode(InboundRequest request, ChannelCredentials credentials) {
    if (request.isGet()) {
      // nothing to prove for HuoKe's own protocol: a GET only tells that the URL is reachable
      return new InboundResult.UrlVerification(InboundResult.Reply.text("ok"));
    }
    Map<String, String> fields = WebFormFields.of(request, json);
    String submissionId = fields.get(SUBMISSION_ID);
    if (submissionId != null && submissionId.length() > DeliveryPreparation.MAX_MESSAGE_ID_LENGTH) {
      throw new UndecodablePayloadException(
          "Expected a submissionId of at most %d characters, but it has %d"
              .formatted(DeliveryPreparation.MAX_MESSAGE_ID_LENGTH, submissionId.length()));
    }
    String messageId =
        submissionId == null || submissionId.isBlank()
            ? UUID.randomUUID().toString()
            : submissionId.strip();
    WebFormReply reply = WebFormReply.of(request, messageId);
    if (hasText(fields.get(honeypotField))) {
      // a bot filled the field no person sees: acknowledge as usual, so it learns nothing
      return new InboundResult.Delivery(List.of(), reply.reply());
    }
    return new InboundResult.Delivery(
        List.of(new InboundEvent.LeadSubmitted(messageId, Instant.now(), leadOf(fields, request))),
        reply.reply());
  }

  private InboundLead leadOf(Map<String, String> fields, InboundRequest request) {
    String landingUrl = firstText(fields.get("landingUrl"), request.header("Referer"));
    Map<String, String> fromLanding = utmOf(landingUrl);
    Map<String, String> formFields = new LinkedHashMap<>(fields);
    formFields.remove(honeypotField);
    formFields.remove(SUBMISSION_ID);
    return InboundLead.builder()
        .contactName(text(fields, "name"))
        .contactPhone(text(fields, "phone"))
        .contactEmail(text(fields, "email"))
        .contactWechat(text(fields, "wechat"))
        .company(text(fields, "company"))
        .jobTitle(text(fields, "jobTitle"))
        .region(text(fields, "region"))
        .utm(
            firstText(text(fields, "utm_source"), fromLanding.get("utm_source")),
            firstText(text(fields, "utm_medium"), fromLanding.get("utm_medium")),
            firstText(text(fields, "utm_campaign"), fromLanding.get("utm_campaign")),
            firstText(text(fields, "utm_content"), fromLanding.get("utm_content")))
        .landingUrl(landingUrl)
        .formFields(formFields)
        .build();
  }

  /** The UTM parameters in the landing URL's query, if it has any. */
  private static Map<String, String> utmOf(String landingUrl) {
    if (landingUrl == null) {
      return Map.of();
    }
    try {
      Map<String, String> utm =
          new LinkedHashMap<>(QueryStrings.parseLeniently(new URI(landingUrl).getRawQuery()));
      utm.keySet().retainAll(UTM);
      return utm;
    } catch (URISyntaxException e) {
      return Map.of();
    }
  }

  private static String originOf(InboundRequest request) {
    String origin = request.header("Origin");
    if (hasText(origin) && !"null".equals(origin)) {
      return withoutTrailingSlash(origin.strip());
    }
    String referer = request.header("Referer");
    if (!hasText(referer)) {
      return null;
    }
    try {
      URI page = new URI(referer.strip());
      return page.getScheme() + "://" + page.getRawAuthority();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String withoutTrailingSlash(String origin) {
    return origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
  }

  private static String text(Map<String, String> fields, String name) {
    String value = fields.get(name);
    return hasText(value) ? value.strip() : null;
  }

  private static String firstText(String first, String second) {
    return hasText(first) ? first.strip() : hasText(second) ? second.strip() : null;
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
