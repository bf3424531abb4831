package com.huoke.connectors.weixin;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.support.ReplayWindow;
import com.huoke.connectors.inbound.support.Texts;

/**
 * The {@code <xml>…<Encrypt>…</Encrypt></xml>} envelope of WeCom callbacks and of WeChat safe-mode
 * callbacks: {@code msg_signature} covers the {@code Encrypt} text, which decrypts to the real
 * message.
 */
public final class EncryptedEnvelope {

  private EncryptedEnvelope() {}

  /**
   * Proves the envelope authentic and fresh, reading nothing of it but the {@code Encrypt} text.
   *
   * @throws SignatureRejectedException {@code signature-missing}, {@code signature-mismatch},
   *     {@code timestamp-outside-window}, or {@code envelope-unreadable} when there is no {@code
   *     Encrypt} text the signature could be checked over
   */
  public static void verify(InboundRequest request, String token, ReplayWindow window) {
    SignedQuery query = SignedQuery.read(request, "msg_signature");
    String encrypted;
    try {
      encrypted = encryptedText(request);
    } catch (WeixinPayloadException e) {
      // Nothing in the body is proven to come from the platform, so it is not kept either.
      throw new SignatureRejectedException(
          "envelope-unreadable",
          "Expected an XML envelope with an Encrypt field to check msg_signature over, but: "
              + e.getMessage());
    }
    query.verify(token, window, encrypted);
  }

  /**
   * Decrypts the envelope, checks that it is addressed to {@code receiveId} and parses the message.
   *
   * @throws WeixinPayloadException the envelope, ciphertext or message cannot be read
   */
  public static WeixinFields open(InboundRequest request, WeixinCipher cipher, String receiveId) {
    return WeixinXml.parse(decrypt(encryptedText(request), cipher, receiveId));
  }

  /**
   * Decrypts one ciphertext (an {@code Encrypt} value or a WeCom {@code echostr}) addressed to
   * {@code receiveId}.
   */
  public static String decrypt(String ciphertext, WeixinCipher cipher, String receiveId) {
    WeixinCipher.Decrypted decrypted = cipher.decrypt(ciphertext);
    if (!decrypted.receiveId().equals(receiveId)) {
      throw new WeixinPayloadException(
          "Expected a message for receiveid "
              + receiveId
              + ", but it is for '"
              + Texts.abbreviate(decrypted.receiveId())
              + "'");
    }
    return decrypted.message();
  }

  private static String encryptedText(InboundRequest request) {
    return WeixinXml.parse(request.bodyText()).requireText("Encrypt");
  }
}
