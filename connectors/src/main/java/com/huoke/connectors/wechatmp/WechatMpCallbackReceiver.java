package com.huoke.connectors.wechatmp;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.support.ReplayWindow;
import com.huoke.connectors.weixin.EncryptedEnvelope;
import com.huoke.connectors.weixin.SignedQuery;
import com.huoke.connectors.weixin.WeixinCipher;
import com.huoke.connectors.weixin.WeixinFields;
import com.huoke.connectors.weixin.WeixinPayloadException;
import com.huoke.connectors.weixin.WeixinXml;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Receives a WeChat Official Account's (公众号) server callbacks (CHANNELS.md §4): the URL check,
 * follows and QR-scene scans as leads, text messages for the inbox, in plain and safe mode.
 */
public final class WechatMpCallbackReceiver implements InboundChannel {

  /** The platform id of WeChat official-account channels. */
  public static final String PLATFORM = "wechatmp";

  static final String TOKEN = "token";
  static final String APP_ID = "appId";
  static final String ENCODING_AES_KEY = "encodingAesKey";

  private static final InboundResult.Reply HANDLED = InboundResult.Reply.text("success");

  private final Clock clock;

  public WechatMpCallbackReceiver(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public List<CredentialSpec> credentials() {
    return List.of(
        CredentialSpec.requiredSecret(TOKEN, "Token (令牌) from 设置与开发 → 基本配置 → 服务器配置"),
        CredentialSpec.requiredSetting(APP_ID, "AppID (开发者ID) of the official account"),
        CredentialSpec.optionalSecret(
            ENCODING_AES_KEY,
            "EncodingAESKey (消息加解密密钥), 43 characters; needed for 安全模式. While it is set,"
                + " unencrypted 明文模式 callbacks are refused"),
        SignedQuery.replayWindowSetting());
  }

  @Override
  public void verify(InboundRequest request, ChannelCredentials credentials) {
    String token = credentials.require(TOKEN);
    ReplayWindow window = SignedQuery.replayWindow(credentials, clock);
    if (request.isGet()) {
      // The URL check is signed the same way in every mode.
      SignedQuery.read(request, "signature").verify(token, window);
      return;
    }
    WeixinXml.requireXmlContentType(request);
    if (isSafeMode(request)) {
      EncryptedEnvelope.verify(request, token, window);
      return;
    }
    if (credentials.optional(ENCODING_AES_KEY) != null) {
      // A plain-mode signature does not cover the body; accepting one would let a captured
      // signature carry any body, undoing the encryption the account turned on.
      throw new SignatureRejectedException(
          "signature-missing",
          "Expected encrypt_type=aes with msg_signature, because the channel has an encodingAesKey"
              + " (安全模式), but the callback is in plain mode");
    }
    SignedQuery.read(request, "signature").verify(token, window);
  }

  @Override
  public InboundResult decode(InboundRequest request, ChannelCredentials credentials) {
    if (request.isGet()) {
      String echo = request.query("echostr");
      if (echo == null || echo.isEmpty()) {
        throw new UndecodablePayloadException(
            "Expected query parameter echostr in the URL check, but it is missing");
      }
      return new InboundResult.UrlVerification(InboundResult.Reply.text(echo));
    }
    try {
      return new InboundResult.Delivery(
          WechatMpEvents.from(message(request, credentials)), HANDLED);
    } catch (WeixinPayloadException e) {
      throw new UndecodablePayloadException(e.getMessage(), e);
    }
  }

  private static WeixinFields message(InboundRequest request, ChannelCredentials credentials) {
    if (!isSafeMode(request)) {
      return WeixinXml.parse(request.bodyText());
    }
    String key = credentials.optional(ENCODING_AES_KEY);
    if (key == null) {
      throw new WeixinPayloadException(
          "Expected an encodingAesKey to decrypt a safe-mode (encrypt_type=aes) callback, but the"
              + " channel has none; set it and replay the message");
    }
    return EncryptedEnvelope.open(request, new WeixinCipher(key), credentials.require(APP_ID));
  }

  private static boolean isSafeMode(InboundRequest request) {
    return "aes".equalsIgnoreCase(request.query("encrypt_type"));
  }
}
