package com.huoke.connectors.douyin;

import static com.huoke.connectors.inbound.support.WebhookRequests.post;
import static com.huoke.connectors.inbound.support.WebhookRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.support.Digests;
import org.junit.jupiter.api.Test;

class DouyinSignatureTest {

  private static final String SECRET = "douyin-client-secret";
  private static final byte[] CHALLENGE =
      utf8("{\"event\":\"verify_webhook\",\"client_key\":\"\",\"content\":{\"challenge\":12345}}");

  private final DouyinSignature signature = new DouyinSignature(SECRET);

  @Test
  void signsAsPlainSha1OfSecretFollowedByBody() {
    // printf '%s%s' 'douyin-client-secret' '<body>' | openssl dgst -sha1
    assertThat(signature.sign(CHALLENGE)).isEqualTo("bfd92c613435da167ee59576870849b3a8e91a67");
  }

  @Test
  void signsUnicodeSecretAndBodyAsUtf8() {
    // printf '%s%s' '抖音密钥' '{"text":"你好"}' | openssl dgst -sha1
    assertThat(new DouyinSignature("抖音密钥").sign(utf8("{\"text\":\"你好\"}")))
        .isEqualTo("a30059247729144dc3b8be2dedfdae2a49dee72d");
  }

  @Test
  void acceptsRequestSignedOverItsRawBody() {
    var request = post(CHALLENGE).header("X-Douyin-Signature", signature.sign(CHALLENGE)).build();

    assertThatCode(() -> signature.verify(request)).doesNotThrowAnyException();
  }

  @Test
  void acceptsUpperCaseHexSignature() {
    var request =
        post(CHALLENGE)
            .header("X-Douyin-Signature", signature.sign(CHALLENGE).toUpperCase())
            .build();

    assertThatCode(() -> signature.verify(request)).doesNotThrowAnyException();
  }

  @Test
  void rejectsSignatureMadeWithAnotherSecret() {
    var request =
        post(CHALLENGE)
            .header("X-Douyin-Signature", new DouyinSignature("other").sign(CHALLENGE))
            .build();

    assertThatThrownBy(() -> signature.verify(request))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "signature-mismatch")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void rejectsHmacInsteadOfPlainSha1() {
    // an HMAC-SHA1 of the same inputs is a different value: the scheme is really plain SHA-1
    String hmac = Digests.hex(Digests.hmacSha1(utf8(SECRET), CHALLENGE));
    var request = post(CHALLENGE).header("X-Douyin-Signature", hmac).build();

    assertThatThrownBy(() -> signature.verify(request))
        .hasFieldOrPropertyWithValue("code", "signature-mismatch");
  }

  @Test
  void rejectsRequestWithoutSignatureHeader() {
    assertThatThrownBy(() -> signature.verify(post(CHALLENGE).build()))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "signature-missing")
        .hasMessageContaining("X-Douyin-Signature");
  }

  @Test
  void rejectsSignatureThatIsNotHex() {
    var request = post(CHALLENGE).header("X-Douyin-Signature", "not-a-signature").build();

    assertThatThrownBy(() -> signature.verify(request))
        .hasFieldOrPropertyWithValue("code", "signature-mismatch");
  }
}
