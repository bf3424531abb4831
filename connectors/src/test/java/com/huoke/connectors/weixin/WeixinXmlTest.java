package com.huoke.connectors.weixin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeixinXmlTest {

  @Test
  void readsTheTopLevelFieldsOfAPlatformMessage() {
    WeixinFields fields = WeixinXml.parse(WeixinTestCrypto.resource("wechatmp/text.xml"));

    assertThat(fields.require("MsgType")).isEqualTo("text");
    assertThat(fields.require("FromUserName")).isEqualTo("oJ8ZQ5x9kP3hV2mNtR7cW1yL4aBc");
    assertThat(fields.createTime()).isEqualTo(Instant.ofEpochSecond(1764000000L));
    assertThat(fields.optional("EventKey")).isNull();
  }

  @Test
  void keepsFreeTextExactlyAsSent() {
    WeixinFields fields =
        WeixinXml.parse("<xml><Content><![CDATA[  你好 <b>&amp; \n]]></Content></xml>");

    assertThat(fields.requireText("Content")).isEqualTo("  你好 <b>&amp; \n");
  }

  @Test
  void neverReadsAnExternalEntity(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><xml><Content>&xxe;</Content></xml>";

    assertThatThrownBy(() -> WeixinXml.parse(xml))
        .isInstanceOf(WeixinPayloadException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET-MARKER");
  }

  static Stream<Arguments> malformedDocuments() {
    return Stream.of(
        Arguments.of("empty", "", "the body is empty"),
        Arguments.of("truncated", "<xml><MsgType><![CDATA[text]]></MsgType><Con", "well-formed"),
        Arguments.of("not XML", "\u0000\u00ff\u0013garbage\u0007", "well-formed"),
        Arguments.of("JSON", "{\"MsgType\":\"text\"}", "well-formed"),
        Arguments.of("another root", "<message><MsgType>text</MsgType></message>", "<message>"),
        Arguments.of(
            "repeated field",
            "<xml><FromUserName>a</FromUserName><FromUserName>b</FromUserName></xml>",
            "FromUserName once"),
        Arguments.of(
            "entity expansion",
            "<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><xml><Content>&c;</Content></xml>",
            "DOCTYPE"),
        Arguments.of(
            "external parameter entity",
            "<!DOCTYPE xml [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]><xml/>",
            "DOCTYPE"),
        Arguments.of(
            "oversized",
            "<xml><Content>" + "x".repeat(WeixinXml.MAX_DOCUMENT_CHARS) + "</Content></xml>",
            "at most 262144 characters"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedDocuments")
  void refusesMalformedDocuments(String name, String xml, String reason) {
    assertThatThrownBy(() -> WeixinXml.parse(xml))
        .isInstanceOf(WeixinPayloadException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void namesAMissingField() {
    WeixinFields fields = new WeixinFields(Map.of("MsgType", "text", "Content", " "));

    assertThatThrownBy(() -> fields.require("FromUserName"))
        .isInstanceOf(WeixinPayloadException.class)
        .hasMessage("Expected field FromUserName, but it is missing or empty");
    assertThatThrownBy(() -> fields.require("Content"))
        .hasMessageContaining("Expected field Content");
  }

  @Test
  void refusesAnIdLongerThanThePlatformsSend() {
    WeixinFields fields = new WeixinFields(Map.of("FromUserName", "o".repeat(10_000)));

    assertThatThrownBy(() -> fields.require("FromUserName"))
        .isInstanceOf(WeixinPayloadException.class)
        .hasMessage("Expected field FromUserName of at most 256 characters, but it has 10000");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yesterday", "1.7e9", "99999999999999999999"})
  void refusesACreateTimeThatIsNotEpochSeconds(String createTime) {
    WeixinFields fields = new WeixinFields(Map.of("CreateTime", createTime));

    assertThatThrownBy(fields::createTime)
        .isInstanceOf(WeixinPayloadException.class)
        .hasMessageContaining("CreateTime as epoch seconds");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"text/xml", "text/xml; charset=utf-8", "application/xml", "TEXT/XML"})
  void acceptsXmlOrAMissingContentType(String contentType) {
    assertThatCode(
            () ->
                WeixinXml.requireXmlContentType(
                    WeixinTestCrypto.post(Map.of(), contentType, "<xml/>")))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/x-www-form-urlencoded", "text/plain"})
  void refusesAnyOtherContentType(String contentType) {
    assertThatThrownBy(
            () ->
                WeixinXml.requireXmlContentType(
                    WeixinTestCrypto.post(Map.of(), contentType, "<xml/>")))
        .isInstanceOf(UnsupportedContentTypeException.class)
        .hasMessageContaining(contentType);
  }
}
