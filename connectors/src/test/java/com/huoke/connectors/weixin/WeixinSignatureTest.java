package com.huoke.connectors.weixin;

import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_CIPHERTEXT;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_KEY;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_NONCE;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_SIGNATURE;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_TIMESTAMP;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.SignatureRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeixinSignatureTest {

  @Test
  void computesTheChannelsTestVectorSignature() {
    assertThat(WeixinSignature.of(VECTOR_TOKEN, VECTOR_TIMESTAMP, VECTOR_NONCE, VECTOR_CIPHERTEXT))
        .isEqualTo(VECTOR_SIGNATURE)
        .isEqualTo(
            new WeixinTestCrypto(VECTOR_TOKEN, VECTOR_KEY)
                .sign(VECTOR_TIMESTAMP, VECTOR_NONCE, VECTOR_CIPHERTEXT));
  }

  @Test
  void signsTheSortedValuesSoTheirOrderDoesNotMatter() {
    assertThat(WeixinSignature.of(VECTOR_CIPHERTEXT, VECTOR_NONCE, VECTOR_TOKEN, VECTOR_TIMESTAMP))
        .isEqualTo(VECTOR_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {VECTOR_SIGNATURE, "82C962D39941AA48552F90EF55AA323DC620CC10"})
  void acceptsTheRightSignatureInEitherCase(String received) {
    assertThatCode(
            () ->
                WeixinSignature.check(
                    "msg_signature",
                    received,
                    VECTOR_TOKEN,
                    VECTOR_TIMESTAMP,
                    VECTOR_NONCE,
                    VECTOR_CIPHERTEXT))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "82c962d39941aa48552f90ef55aa323dc620cc11",
        "82c962d39941aa48552f90ef55aa323dc620cc1",
        "82c962d39941aa48552f90ef55aa323dc620cc100",
        "签名"
      })
  void rejectsAnyOtherSignatureWithoutRevealingTheExpectedOne(String received) {
    assertThatThrownBy(
            () ->
                WeixinSignature.check(
                    "msg_signature",
                    received,
                    VECTOR_TOKEN,
                    VECTOR_TIMESTAMP,
                    VECTOR_NONCE,
                    VECTOR_CIPHERTEXT))
        .isInstanceOfSatisfying(
            SignatureRejectedException.class,
            e -> assertThat(e.code()).isEqualTo("signature-mismatch"))
        .hasMessageContaining("msg_signature")
        .hasMessageNotContaining(VECTOR_SIGNATURE)
        .hasMessageNotContaining(VECTOR_TOKEN);
  }
}
