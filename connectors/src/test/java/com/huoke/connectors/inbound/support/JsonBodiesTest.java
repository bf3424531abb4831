package com.huoke.connectors.inbound.support;

import static com.huoke.connectors.inbound.support.WebhookRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.UndecodablePayloadException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonBodiesTest {

  @Test
  void readsObjectWithUnicodeAndEscapes() {
    var node = JsonBodies.readObject(utf8("{\"name\":\"王芳\\u0021 🌸\",\"n\":7}"), "the body");

    assertThat(JsonBodies.text(node, "name")).isEqualTo("王芳! 🌸");
    assertThat(JsonBodies.text(node, "n")).isEqualTo("7");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "empty                  | ''                            | it is empty",
        "array                  | [1]                           | it is array",
        "truncated              | '{\"a\":'                     | not valid JSON",
        "trailing garbage       | '{\"a\":1} x'                 | not valid JSON",
        "duplicate key          | '{\"a\":1,\"a\":2}'           | Duplicate field 'a'",
        "number too long        | '{\"a\":1234567890123456789012345678901234567890123456789012345678901234567890}' | Number value length"
      })
  void rejectsBodyThatIsNoUsableObjectNamingWhy(String name, String body, String reason) {
    assertThatThrownBy(() -> JsonBodies.readObject(utf8(body), "the body"))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageStartingWith("Expected the body to be a JSON object")
        .hasMessageContaining(reason);
  }

  @Test
  void rejectsNestingDeeperThanAnyPlatformSends() {
    String deep = "{\"a\":" + "[".repeat(40) + "]".repeat(40) + "}";

    assertThatThrownBy(() -> JsonBodies.readObject(utf8(deep), "the body"))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void rejectsBodyOverTheSizeLimitBeforeParsing() {
    byte[] body = new byte[(int) JsonBodies.MAX_DOCUMENT_BYTES + 1];

    assertThatThrownBy(() -> JsonBodies.readObject(body, "the body"))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("at most 1048576 bytes");
  }

  @Test
  void rejectsStringOverTheLengthLimit() {
    String body = "{\"a\":\"" + "x".repeat(JsonBodies.MAX_STRING_CHARS + 1) + "\"}";

    assertThatThrownBy(() -> JsonBodies.readObject(utf8(body), "the body"))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("String value length");
  }

  @Test
  void keepsLongTokensOfTheBodyOutOfErrorMessages() {
    String unquoted = "wxid_zhangwei_13812345678_private_note";

    assertThatThrownBy(() -> JsonBodies.readObject(utf8("{\"a\":" + unquoted + "}"), "the body"))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageContaining("Unrecognized token")
        .hasMessageNotContaining(unquoted);
  }

  @Test
  void readsFieldGivenAsObjectOrAsJsonString() {
    var asObject = JsonBodies.readObject(utf8("{\"data\":{\"clue_id\":\"1\"}}"), "the body");
    var asString =
        JsonBodies.readObject(utf8("{\"data\":\"{\\\"clue_id\\\":\\\"1\\\"}\"}"), "the body");

    assertThat(JsonBodies.objectOrJsonString(asObject, "data"))
        .isEqualTo(JsonBodies.objectOrJsonString(asString, "data"));
    assertThat(JsonBodies.objectOrJsonString(asObject, "missing")).isNull();
  }

  @Test
  void namesTheFieldWhoseJsonStringIsBroken() {
    var body = JsonBodies.readObject(utf8("{\"data\":\"{oops\"}"), "the body");

    assertThatThrownBy(() -> JsonBodies.objectOrJsonString(body, "data"))
        .isInstanceOf(UndecodablePayloadException.class)
        .hasMessageStartingWith("Expected field 'data' to be a JSON object");
  }

  @Test
  void readsWholeNumbersFromNumbersAndDigitStrings() {
    var node =
        JsonBodies.readObject(
            utf8("{\"a\":1764051200000,\"b\":\"42\",\"c\":1.5,\"d\":\"x\"}"), "b");

    assertThat(JsonBodies.wholeNumber(node, "a")).isEqualTo(1764051200000L);
    assertThat(JsonBodies.wholeNumber(node, "b")).isEqualTo(42L);
    assertThat(JsonBodies.wholeNumber(node, "c")).isNull();
    assertThat(JsonBodies.wholeNumber(node, "d")).isNull();
  }

  @Test
  void treatsBlankAndNonScalarFieldsAsAbsentText() {
    var node =
        JsonBodies.readObject(utf8("{\"a\":\"  \",\"b\":null,\"c\":{},\"d\":[1]}"), "the body");

    assertThat(JsonBodies.text(node, "a")).isNull();
    assertThat(JsonBodies.text(node, "b")).isNull();
    assertThat(JsonBodies.text(node, "c")).isNull();
    assertThat(JsonBodies.text(node, "d")).isNull();
  }
}
