package com.huoke.connectors.weixin;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Decrypts WeChat / WeCom callback ciphertext (CHANNELS.md §1): AES-256-CBC without JCE padding,
 * key = Base64(EncodingAESKey + "="), IV = first 16 key bytes, plaintext = random(16) + msg_len(4,
 * big-endian) + msg + receiveid, padded PKCS#7-style to 32 bytes.
 *
 * <p>Written here rather than taken from WxJava's {@code WxCryptUtil.decrypt}, which drops the
 * receiveid without checking it, decodes Base64 leniently, accepts any pad byte and trusts msg_len
 * (a forged length makes it allocate up to 2 GiB). Its encryptor is used in the tests instead.
 */
public final class WeixinCipher {

  private static final int BLOCK_SIZE = 32;
  private static final int RANDOM_LENGTH = 16;
  private static final int HEADER_LENGTH = RANDOM_LENGTH + Integer.BYTES;

  private final SecretKeySpec key;
  private final IvParameterSpec iv;

  /**
   * @param encodingAesKey the 43-character EncodingAESKey from the platform's callback settings
   * @throws IllegalStateException the key is not 43 Base64 characters (a configuration error)
   */
  public WeixinCipher(String encodingAesKey) {
    if (encodingAesKey == null || encodingAesKey.length() != 43) {
      throw new IllegalStateException(
          "Expected encodingAesKey of 43 characters, but it has "
              + (encodingAesKey == null ? 0 : encodingAesKey.length()));
    }
    byte[] raw;
    try {
      raw = Base64.getDecoder().decode(encodingAesKey + "=");
    } catch (IllegalArgumentException e) {
      // The decoder's message would quote the offending character of the secret.
      throw new IllegalStateException(
          "Expected encodingAesKey to consist of Base64 characters (A-Z a-z 0-9 + /), but it does not");
    }
    this.key = new SecretKeySpec(raw, "AES");
    this.iv = new IvParameterSpec(raw, 0, 16);
  }

  /**
   * Decrypts an {@code Encrypt} value or a WeCom {@code echostr} into its message and receiveid.
   */
  public Decrypted decrypt(String base64Ciphertext) {
    byte[] ciphertext = decodeBase64(base64Ciphertext);
    if (ciphertext.length == 0 || ciphertext.length % BLOCK_SIZE != 0) {
      throw new WeixinPayloadException(
          "Expected a ciphertext of a multiple of "
              + BLOCK_SIZE
              + " bytes, but it has "
              + ciphertext.length);
    }
    byte[] plaintext = aes(ciphertext);
    int end = plaintext.length - padLength(plaintext);
    if (end < HEADER_LENGTH) {
      throw new WeixinPayloadException(
          "Expected a frame of at least " + HEADER_LENGTH + " bytes, but it has " + end);
    }
    int messageLength = ByteBuffer.wrap(plaintext, RANDOM_LENGTH, Integer.BYTES).getInt();
    int available = end - HEADER_LENGTH;
    if (messageLength < 0 || messageLength > available) {
      throw new WeixinPayloadException(
          "Expected a message length of at most "
              + available
              + " bytes, but the frame says "
              + messageLength);
    }
    String message = utf8(plaintext, HEADER_LENGTH, messageLength, "message");
    int receiveIdStart = HEADER_LENGTH + messageLength;
    String receiveId = utf8(plaintext, receiveIdStart, end - receiveIdStart, "receiveid");
    return new Decrypted(message, receiveId);
  }

  /**
   * A decrypted frame.
   *
   * @param message the XML document or, for a WeCom URL check, the echo string
   * @param receiveId who it is for: the corp id (WeCom) or app id (WeChat official account)
   */
  public record Decrypted(String message, String receiveId) {}

  private static byte[] decodeBase64(String value) {
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new WeixinPayloadException(
          "Expected Base64 ciphertext, but it is not (" + e.getMessage() + ")");
    }
  }

  private byte[] aes(byte[] ciphertext) {
    try {
      Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, iv);
      return cipher.doFinal(ciphertext);
    } catch (GeneralSecurityException e) {
      // Only the platform's own algorithm or key setup can fail here, not the input.
      throw new IllegalStateException("AES/CBC/NoPadding is not available: " + e.getMessage(), e);
    }
  }

  /** The platforms pad to 32 bytes, so each of the last n bytes is n, with n from 1 to 32. */
  private static int padLength(byte[] plaintext) {
    int pad = plaintext[plaintext.length - 1] & 0xff;
    if (pad < 1 || pad > BLOCK_SIZE) {
      throw new WeixinPayloadException(
          "Expected padding of 1 to " + BLOCK_SIZE + " bytes, but the last byte says " + pad);
    }
    for (int i = plaintext.length - pad; i < plaintext.length; i++) {
      if ((plaintext[i] & 0xff) != pad) {
        throw new WeixinPayloadException(
            "Expected " + pad + " padding bytes of value " + pad + ", but they differ");
      }
    }
    return pad;
  }

  private static String utf8(byte[] bytes, int offset, int length, String part) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new WeixinPayloadException("Expected the " + part + " to be UTF-8, but it is not");
    }
  }
}
