package com.huoke.connectors.baidu;

import static com.huoke.connectors.inbound.support.ExpectedOutcome.accepted;
import static com.huoke.connectors.inbound.support.ExpectedOutcome.receive;
import static com.huoke.connectors.inbound.support.ExpectedOutcome.rejected;
import static com.huoke.connectors.inbound.support.InboundResults.onlyLead;
import static com.huoke.connectors.inbound.support.WebhookRequests.huge;
import static com.huoke.connectors.inbound.support.WebhookRequests.post;
import static com.huoke.connectors.inbound.support.WebhookRequests.randomBytes;
import static com.huoke.connectors.inbound.support.WebhookRequests.resource;
import static com.huoke.connectors.inbound.support.WebhookRequests.truncated;
import static com.huoke.connectors.inbound.support.WebhookRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.SourceNotAllowedException;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import com.huoke.connectors.inbound.support.BadInput;
import com.huoke.connectors.inbound.support.WebhookRequests;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BaiduLeadReceiverTest {

  private static final String TOKEN = "b3f1c9e2a7d84c6e9f0a1b2c3d4e5f60";
  private static final Instant NOW = Instant.parse("2025-11-25T06:26:00Z");
  private static final ChannelCredentials CREDENTIALS =
      new ChannelCredentials(Map.of("token", TOKEN));

  private final BaiduLeadReceiver receiver =
      new BaiduLeadReceiver(Clock.fixed(NOW, ZoneOffset.UTC));

  private static WebhookRequests.Builder pushed(byte[] body) {
    return post(body).query("token", TOKEN);
  }

  private static ChannelCredentials allowing(String allowedIps) {
    return new ChannelCredentials(Map.of("token", TOKEN, "allowedIps", allowedIps));
  }

  @Test
  void identifiesAsBaiduAndDeclaresItsSettings() {
    assertThat(receiver.platform()).isEqualTo("baidu");
    assertThat(receiver.credentials())
        .extracting(CredentialSpec::name, CredentialSpec::required, CredentialSpec::secret)
        .containsExactly(tuple("token", true, true), tuple("allowedIps", false, false));
  }

  @Test
  void turnsFormSubmissionIntoLead() {
    var submitted =
        onlyLead(receive(receiver, CREDENTIALS, pushed(resource("baidu/form-lead.json")).build()));

    assertThat(submitted.messageId()).isEqualTo("251125142530882145");
    assertThat(submitted.occurredAt()).isEqualTo(Instant.parse("2025-11-25T06:25:30Z"));
    var lead = submitted.lead();
    assertThat(lead.contactName()).isEqualTo("张伟");
    assertThat(lead.contactPhone()).isEqualTo("13600002222");
    assertThat(lead.company()).isEqualTo("北京启明软件有限公司");
    assertThat(lead.region()).isEqualTo("北京市-北京市");
    assertThat(lead.sourceChannel()).isEqualTo("百度搜索推广-表单");
    assertThat(lead.utmSource()).isEqualTo("baidu");
    assertThat(lead.utmMedium()).isEqualTo("cpc");
    assertThat(lead.formFields())
        .containsExactly(
            Map.entry("姓名", "张伟"),
            Map.entry("电话", "13600002222"),
            Map.entry("公司名称", "北京启明软件有限公司"),
            Map.entry("您的需求", "CRM 私有化部署"));
    assertThat(lead.rawData()).containsEntry("ucid", 31234567).containsEntry("ip", "123.125.71.38");
  }

  @Test
  void turnsConsultationWithWechatIntoLead() {
    var submitted =
        onlyLead(
            receive(receiver, CREDENTIALS, pushed(resource("baidu/consult-lead.json")).build()));

    assertThat(submitted.messageId()).isEqualTo("f6738d669c8acde50b5ab5780c9ba943");
    assertThat(submitted.occurredAt()).isEqualTo(Instant.ofEpochMilli(1764051950000L));
    assertThat(submitted.lead().contactPhone()).isNull();
    assertThat(submitted.lead().contactWechat()).isEqualTo("zhao_lei_88");
    assertThat(submitted.lead().landingUrl())
        .isEqualTo("https://aifanfan.baidu.com/consult/7300123456790");
    assertThat(submitted.lead().sourceChannel()).isEqualTo("信息流推广-在线咨询");
  }

  @Test
  void repliesWithSuccessJson() {
    var result = receive(receiver, CREDENTIALS, pushed(resource("baidu/form-lead.json")).build());

    assertThat(((InboundResult.Delivery) result).reply().body())
        .isEqualTo("{\"code\":0,\"message\":\"success\"}");
  }

  @ParameterizedTest(name = "{0} is allowed by {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "180.76.15.3     | 180.76.0.0/16",
        "10.1.2.3        | 192.168.0.1, 10.1.2.3",
        "2400:da00::6666 | 2400:da00::/32",
        "::ffff:180.76.1.1 | 180.76.0.0/16",
        "[2400:da00::1]  | 240e::/20, 2400:da00::/32"
      })
  void acceptsPushFromAllowedAddress(String address, String allowedIps) {
    var request = pushed(resource("baidu/form-lead.json")).from(address.trim()).build();

    assertThatCode(() -> receiver.verify(request, allowing(allowedIps))).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0} is refused by {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "180.77.0.1      | 180.76.0.0/16",
        "2400:db00::1    | 2400:da00::/32",
        "180.76.1.1      | 2400:da00::/32",
        "localhost       | 127.0.0.1",
        "not-an-ip       | 0.0.0.0/0"
      })
  void refusesPushFromAddressOutsideTheAllowList(String address, String allowedIps) {
    var request = pushed(resource("baidu/form-lead.json")).from(address.trim()).build();

    assertThatThrownBy(() -> receiver.verify(request, allowing(allowedIps)))
        .isInstanceOf(SourceNotAllowedException.class)
        .hasFieldOrPropertyWithValue("code", "source-not-allowed");
  }

  @Test
  void refusesDisallowedAddressEvenWithTheRightToken() {
    // the address is checked first, so outsiders cannot probe the token at all
    var request =
        post(resource("baidu/form-lead.json")).query("token", "wrong").from("8.8.8.8").build();

    assertThatThrownBy(() -> receiver.verify(request, allowing("180.76.0.0/16")))
        .isInstanceOf(SourceNotAllowedException.class);
  }

  @Test
  void reportsMalformedAllowListAsConfigurationError() {
    var request = pushed(resource("baidu/form-lead.json")).build();

    assertThatThrownBy(() -> receiver.verify(request, allowing("180.76.0.0/33")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("allowedIps")
        .hasMessageContaining("180.76.0.0/33");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInputs")
  void handlesBadInputCleanly(BadInput input) {
    input.expected().assertFor(receiver, CREDENTIALS, input.request());
  }

  static Stream<BadInput> badInputs() {
    byte[] form = resource("baidu/form-lead.json");
    return Stream.of(
        new BadInput(
            "wrong token",
            post(form).query("token", "guessed-token").build(),
            rejected(SignatureRejectedException.class, "token-mismatch")),
        new BadInput(
            "missing token",
            post(form).build(),
            rejected(SignatureRejectedException.class, "token-mismatch")),
        new BadInput(
            "truncated body",
            pushed(truncated(form)).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "random bytes",
            pushed(randomBytes(17)).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "form-encoded body",
            pushed(utf8("clueId=1&cluePhoneNumber=13600002222"))
                .contentType("application/x-www-form-urlencoded")
                .build(),
            rejected(UnsupportedContentTypeException.class, "unsupported-content-type")),
        new BadInput(
            "no clueId",
            pushed(utf8("{\"cluePhoneNumber\":\"13600002222\"}")).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "no way to contact the person",
            pushed(
                    utf8(
                        "{\"clueId\":\"c1\",\"cluePhoneNumber\":\"\",\"formDetail\":[{\"name\":\"姓名\",\"value\":\"张伟\"}]}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "formDetail that is not a list",
            pushed(
                    utf8(
                        "{\"clueId\":\"c1\",\"cluePhoneNumber\":\"13600002222\",\"formDetail\":\"姓名:张伟\"}"))
                .build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "huge answer within limits",
            pushed(clueWith("需求", huge(80_000))).build(),
            accepted(
                result ->
                    assertThat(onlyLead(result).lead().formFields().get("需求")).hasSize(80_000))),
        new BadInput(
            "answer beyond the string limit",
            pushed(clueWith("需求", huge(300_000))).build(),
            rejected(UndecodablePayloadException.class, "undecodable-payload")),
        new BadInput(
            "unicode answers",
            pushed(clueWith("姓名", "Zoë 张🌟")).build(),
            accepted(
                result -> assertThat(onlyLead(result).lead().contactName()).isEqualTo("Zoë 张🌟"))));
  }

  private static byte[] clueWith(String label, String value) {
    return utf8(
        "{\"clueId\":\"c-x\",\"cluePhoneNumber\":\"13600002222\",\"formDetail\":[{\"name\":\""
            + label
            + "\",\"value\":\""
            + value
            + "\",\"type\":\"input\"}]}");
  }
}
