package com.huoke.connectors.oceanengine;

import static com.huoke.connectors.inbound.support.WebhookRequests.get;
import static com.huoke.connectors.inbound.support.WebhookRequests.post;
import static com.huoke.connectors.inbound.support.WebhookRequests.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.SignatureRejectedException;
import org.junit.jupiter.api.Test;

class OceanEngineSignatureTest {

  private static final String SECRET = "oceanengine-spi-secret";
  private static final byte[] BODY =
      utf8("{\"message_id\":\"m-1\",\"timestamp\":1764051200000,\"data\":\"{}\"}");

  private final OceanEngineSignature signature = new OceanEngineSignature(SECRET);

  @Test
  void signsAsHexHmacSha256OfRawBodyUnderSpiSecret() {
    // printf '%s' '<body>' | openssl dgst -sha256 -hmac 'oceanengine-spi-secret'
    assertThat(signature.sign(BODY))
        .isEqualTo("d579bdab637937185970de7b5cabed62a78a20ea0c809f74ad233370d9aad598");
  }

  @Test
  void signsEmptyBodyOfGetRequests() {
    // printf '%s' '' | openssl dgst -sha256 -hmac 'oceanengine-spi-secret'
    assertThat(signature.sign(new byte[0]))
        .isEqualTo("f221f0d2f8c0f323c24667483413839861f19b925d9313763248a646ed936f53");
  }

  @Test
  void acceptsRequestSignedOverItsRawBody() {
    var request = post(BODY).header("X-Open-Signature", signature.sign(BODY)).build();

    assertThatCode(() -> signature.verify(request)).doesNotThrowAnyException();
  }

  @Test
  void readsTheHeaderIgnoringItsCase() {
    var request = post(BODY).header("x-open-signature", signature.sign(BODY)).build();

    assertThatCode(() -> signature.verify(request)).doesNotThrowAnyException();
  }

  @Test
  void rejectsBodyChangedAfterSigning() {
    var request =
        post(utf8("{\"message_id\":\"m-2\",\"timestamp\":1764051200000,\"data\":\"{}\"}"))
            .header("X-Open-Signature", signature.sign(BODY))
            .build();

    assertThatThrownBy(() -> signature.verify(request))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "signature-mismatch")
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void rejectsMissingSignature() {
    assertThatThrownBy(() -> signature.verify(get().build()))
        .isInstanceOf(SignatureRejectedException.class)
        .hasFieldOrPropertyWithValue("code", "signature-missing")
        .hasMessageContaining("X-Open-Signature");
  }
}
