package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.SourceNotAllowedException;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The web-form protocol on its own: fields, UTM, honeypot, idempotency, origins. */
class WebFormChannelTest {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final ChannelCredentials ANY_ORIGIN = new ChannelCredentials(Map.of());

  private final WebFormChannel forms =
      new WebFormChannel(
          new ChannelProperties(
              DataSize.ofMegabytes(1), Duration.ofSeconds(30), null, "social", "website"),
          new ObjectMapper());

  @Test
  void decodesAFormEncodedSubmissionIntoALeadWithItsUtmAndLandingUrl() {
    InboundResult.Delivery delivery =
        deliver(
            FORM,
            "name=%E7%8E%8B%E8%8A%B3&phone=13812345678&company=%E4%BA%91%E5%B8%86&message=hi"
                + "&utm_source=douyin&utm_medium=social&utm_campaign=spring&utm_content=v3"
                + "&landingUrl=https%3A%2F%2Fexample.com%2Fp&submissionId=sub-1",
            Map.of());

    InboundEvent.LeadSubmitted submitted = (InboundEvent.LeadSubmitted) delivery.events().get(0);
    InboundLead lead = submitted.lead();
    assertThat(submitted.messageId()).isEqualTo("sub-1");
    assertThat(lead.contactName()).isEqualTo("王芳");
    assertThat(lead.contactPhone()).isEqualTo("13812345678");
    assertThat(lead.company()).isEqualTo("云帆");
    assertThat(List.of(lead.utmSource(), lead.utmMedium(), lead.utmCampaign(), lead.utmContent()))
        .containsExactly("douyin", "social", "spring", "v3");
    assertThat(lead.landingUrl()).isEqualTo("https://example.com/p");
    assertThat(lead.formFields()).containsEntry("message", "hi").doesNotContainKey("submissionId");
    assertThat(delivery.reply().body())
        .isEqualTo("{\"status\":\"received\",\"submissionId\":\"sub-1\"}");
  }

  @Test
  void takesUtmFromTheLandingUrlWhenTheFieldsHaveNone() {
    InboundResult.Delivery delivery =
        deliver(
            "application/json",
            "{\"email\":\"li@example.com\",\"landingUrl\":"
                + "\"https://example.com/p?utm_source=xhs&utm_campaign=%E6%98%A5&x=1\"}",
            Map.of());

    InboundLead lead = ((InboundEvent.LeadSubmitted) delivery.events().get(0)).lead();
    assertThat(lead.utmSource()).isEqualTo("xhs");
    assertThat(lead.utmCampaign()).isEqualTo("春");
    assertThat(lead.utmMedium()).isNull();
  }

  @Test
  void usesTheRefererAsLandingUrlWhenThePageDoesNotSendOne() {
    InboundResult.Delivery delivery =
        deliver(
            FORM, "phone=13812345678", Map.of("Referer", "https://example.com/a?utm_content=c"));

    InboundLead lead = ((InboundEvent.LeadSubmitted) delivery.events().get(0)).lead();
    assertThat(lead.landingUrl()).isEqualTo("https://example.com/a?utm_content=c");
    assertThat(lead.utmContent()).isEqualTo("c");
  }

  @Test
  void givesEachSubmissionWithoutAnIdARandomOne() {
    String first = messageIdOf(deliver(FORM, "phone=13812345678", Map.of()));
    String second = messageIdOf(deliver(FORM, "phone=13812345678", Map.of()));

    assertThat(first).isNotBlank().isNotEqualTo(second);
  }

  @Test
  void dropsASubmissionThatFilledTheHoneypotButAnswersAsUsual() {
    InboundResult.Delivery delivery =
        deliver(FORM, "phone=13812345678&website=http%3A%2F%2Fspam.example", Map.of());

    assertThat(delivery.events()).isEmpty();
    assertThat(delivery.reply().body()).contains("\"status\":\"received\"");
  }

  @Test
  void answersABrowserWithoutScriptsWithAThankYouPage() {
    InboundResult.Delivery delivery =
        deliver(FORM, "phone=13812345678", Map.of("Accept", "text/html,application/xhtml+xml"));

    assertThat(delivery.reply().contentType()).startsWith("text/html");
    assertThat(delivery.reply().body()).contains("提交成功");
  }

  @Test
  void refusesOtherContentTypes() {
    assertThatThrownBy(() -> forms.verify(request("text/plain", "phone=1", Map.of()), ANY_ORIGIN))
        .isInstanceOf(UnsupportedContentTypeException.class);
  }

  @Test
  void acceptsOnlyTheConfiguredOriginsWhenSomeAre() {
    ChannelCredentials onlyExample =
        new ChannelCredentials(
            Map.of("allowedOrigins", "https://www.example.com/, https://m.example.com"));

    forms.verify(request(FORM, "", Map.of("Origin", "https://m.example.com")), onlyExample);
    forms.verify(
        request(FORM, "", Map.of("Referer", "https://www.example.com/p?x=1")), onlyExample);
    assertThatThrownBy(
            () ->
                forms.verify(
                    request(FORM, "", Map.of("Origin", "https://evil.example")), onlyExample))
        .isInstanceOf(SourceNotAllowedException.class);
    assertThatThrownBy(() -> forms.verify(request(FORM, "", Map.of()), onlyExample))
        .isInstanceOf(SourceNotAllowedException.class);
  }

  @Test
  void refusesJsonThatIsNotAnObjectOfTexts() {
    assertThatThrownBy(() -> deliver("application/json", "[1,2]", Map.of()))
        .isInstanceOf(UndecodablePayloadException.class);
    assertThatThrownBy(() -> deliver("application/json", "{\"name\":{\"first\":\"x\"}}", Map.of()))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("'name'");
    assertThatThrownBy(() -> deliver("application/json", "{\"name\":", Map.of()))
        .isInstanceOf(UndecodablePayloadException.class);
  }

  private InboundResult.Delivery deliver(String type, String body, Map<String, String> headers) {
    InboundRequest request = request(type, body, headers);
    forms.verify(request, ANY_ORIGIN);
    return (InboundResult.Delivery) forms.decode(request, ANY_ORIGIN);
  }

  private static String messageIdOf(InboundResult.Delivery delivery) {
    return delivery.events().get(0).messageId();
  }

  private static InboundRequest request(String type, String body, Map<String, String> headers) {
    Map<String, List<String>> all = new HashMap<>();
    all.put("Content-Type", List.of(type + ";charset=UTF-8"));
    headers.forEach((name, value) -> all.put(name, List.of(value)));
    return new InboundRequest(
        "POST", all, Map.of(), body.getBytes(StandardCharsets.UTF_8), "203.0.113.7");
  }
}
