package com.huoke.connectors.weixin;

import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_CIPHERTEXT;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_KEY;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_MESSAGE;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_RANDOM;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_RECEIVE_ID;
import static com.huoke.connectors.weixin.WeixinTestCrypto.VECTOR_TOKEN;
import static com.huoke.connectors.weixin.WeixinTestCrypto.frame;
import static com.huoke.connectors.weixin.WeixinTestCrypto.padding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WeixinCipherTest {

  private static final WeixinTestCrypto CRYPTO = new WeixinTestCrypto(VECTOR_TOKEN, VECTOR_KEY);

  private final WeixinCipher cipher = new WeixinCipher(VECTOR_KEY);

  @Test
  void decryptsTheChannelsTestVector() {
    assertThat(cipher.decrypt(VECTOR_CIPHERTEXT))
        .isEqualTo(new WeixinCipher.Decrypted(VECTOR_MESSAGE, VECTOR_RECEIVE_ID));
  }

  @Test
  void testEncryptorReproducesTheChannelsTestVector() {
    assertThat(CRYPTO.encrypt(VECTOR_RANDOM, VECTOR_MESSAGE, VECTOR_RECEIVE_ID))
        .isEqualTo(VECTOR_CIPHERTEXT);
  }

  @Test
  void decryptsWhatWxJavaEncryptsForEveryPaddingLength() {
    // Messages of 0 to 64 bytes end the frame at every offset in a 32-byte block, so the padding
    // takes every length from 1 to 32.
    for (int length = 0; length <= 64; length++) {
      String message = "m".repeat(length);
      assertThat(cipher.decrypt(CRYPTO.encrypt(message, "ww4d2b1f0c6e5a3978")))
          .isEqualTo(new WeixinCipher.Decrypted(message, "ww4d2b1f0c6e5a3978"));
    }
  }

  @Test
  void decryptsTheEmptyReceiveIdOfAnIntelligentBot() {
    assertThat(cipher.decrypt(CRYPTO.encrypt("<xml/>", "")).receiveId()).isEmpty();
  }

  static Stream<Arguments> malformedCiphertexts() {
    String message = "<xml></xml>";
    int unpadded = 16 + 4 + message.length() + VECTOR_RECEIVE_ID.length();
    byte[] zeroPadding = new byte[padding(unpadded).length];
    byte[] mixedPadding = padding(unpadded);
    mixedPadding[0] = 1;
    byte[] overlongPad = new byte[32 - unpadded % 32 + 32];
    Arrays.fill(overlongPad, (byte) 33);
    return Stream.of(
        malformed("not Base64", () -> "%%% not base64 %%%", "Expected Base64 ciphertext"),
        malformed("empty", () -> "", "multiple of 32 bytes, but it has 0"),
        malformed(
            "one AES block only",
            () -> Base64.getEncoder().encodeToString(new byte[16]),
            "multiple of 32 bytes, but it has 16"),
        malformed(
            "padding bytes of zero",
            () ->
                CRYPTO.encryptRaw(frame(message.length(), message, VECTOR_RECEIVE_ID, zeroPadding)),
            "the last byte says 0"),
        malformed(
            "padding longer than a block",
            () ->
                CRYPTO.encryptRaw(frame(message.length(), message, VECTOR_RECEIVE_ID, overlongPad)),
            "the last byte says 33"),
        malformed(
            "padding bytes that differ",
            () ->
                CRYPTO.encryptRaw(
                    frame(message.length(), message, VECTOR_RECEIVE_ID, mixedPadding)),
            "padding bytes of value"),
        malformed(
            "message length beyond the frame",
            () ->
                CRYPTO.encryptRaw(
                    frame(Integer.MAX_VALUE, message, VECTOR_RECEIVE_ID, padding(unpadded))),
            "but the frame says 2147483647"),
        malformed(
            "negative message length",
            () -> CRYPTO.encryptRaw(frame(-1, message, VECTOR_RECEIVE_ID, padding(unpadded))),
            "but the frame says -1"),
        malformed(
            "message that is not UTF-8",
            () -> CRYPTO.encryptRaw(notUtf8Frame()),
            "Expected the message to be UTF-8"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedCiphertexts")
  void refusesMalformedCiphertext(String name, Supplier<String> ciphertext, String reason) {
    assertThatThrownBy(() -> cipher.decrypt(ciphertext.get()))
        .isInstanceOf(WeixinPayloadException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void refusesCiphertextMadeWithAnotherKey() {
    String otherKey = "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvut";
    String ciphertext =
        new WeixinTestCrypto(VECTOR_TOKEN, otherKey).encrypt(VECTOR_MESSAGE, VECTOR_RECEIVE_ID);

    assertThatThrownBy(() -> cipher.decrypt(ciphertext)).isInstanceOf(WeixinPayloadException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEF",
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH",
        "abcdefghijklmnopqrstuvwxyz0123456789ABCDE*G"
      })
  void refusesAnEncodingAesKeyThatIsNot43Base64CharactersWithoutQuotingIt(String key) {
    assertThatThrownBy(() -> new WeixinCipher(key))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("encodingAesKey")
        .hasMessageNotContaining(key)
        .hasMessageNotContaining("*");
  }

  private static byte[] notUtf8Frame() {
    byte[] id = VECTOR_RECEIVE_ID.getBytes(StandardCharsets.UTF_8);
    byte[] message = {(byte) 0xC3, (byte) 0x28};
    int unpadded = 16 + 4 + message.length + id.length;
    byte[] frame = frame(message.length, "xx", VECTOR_RECEIVE_ID, padding(unpadded));
    frame[20] = message[0];
    frame[21] = message[1];
    return frame;
  }

  private static Arguments malformed(String name, Supplier<String> ciphertext, String reason) {
    return Arguments.of(name, ciphertext, reason);
  }
}
