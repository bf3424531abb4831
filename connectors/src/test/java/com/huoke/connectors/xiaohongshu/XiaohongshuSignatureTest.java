package com.huoke.connectors.xiaohongshu;

import static com.huoke.connectors.inbound.support.WebhookRequests.post;
import static com.huoke.connectors.inbound.support.WebhookRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.SignatureRejectedException;
import org.junit.jupiter.api.Test;

class XiaohongshuSignatureTest {

  private static final String TOKEN = "xhs-push-token";
  private static final byte[] BODY =
      utf8("{\"data\":{\"leads_id\":\"LD1\"},\"timestamp\":1764051605123}");

  private final XiaohongshuSignature signature = new XiaohongshuSignature(TOKEN);

  @Test
  void signsAsSha1PrefixedHexHmacSha1UnderToken() {
    // printf '%s' '<body>' | openssl dgst -sha1 -hmac 'xhs-push-token'
    assertThat(signature.sign(BODY)).isEqualTo("sha1=12b05b193021cbdee207897621e48e315e67b130");
  }

  @Test
  void acceptsRequestSignedOverItsRawBody() {
    var request = post(BODY).header("X-Red-Signature", signature.sign(BODY)).build();

    assertThatCode(() -> signature.verify(request)).doesNotThrowAnyException();
  }

  @Test
  void acceptsUpperCasePrefixAndHex() {
    var request = post(BODY).header("X-Red-Signature", signature.sign(BODY).toUpperCase()).build();

    assertThatCode(() -> signature.verify(request)).doesNotThrowAnyException();
  }

  @Test
  void rejectsBareHexWithoutTheSha1Prefix() {
    var request =
        post(BODY)
            .header("X-Red-Signature", signature.sign(BODY).substring("sha1=".length()))
            .build();

    assertThatThrownBy(() -> signature.verify(request))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "signature-mismatch");
  }

  @Test
  void rejectsSignatureUnderAnotherToken() {
    var request =
        post(BODY).header("X-Red-Signature", new XiaohongshuSignature("other").sign(BODY)).build();

    assertThatThrownBy(() -> signature.verify(request))
        .hasFieldOrPropertyWithValue("code", "signature-mismatch")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void rejectsMissingSignature() {
    assertThatThrownBy(() -> signature.verify(post(BODY).build()))
        .hasFieldOrPropertyWithValue("code", "signature-missing")
        .hasMessageContaining("X-Red-Signature");
  }
}
