package com.huoke.connectors.wecom;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.CredentialSpec;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.UndecodablePayloadException;
import com.huoke.connectors.inbound.support.ReplayWindow;
import com.huoke.connectors.weixin.EncryptedEnvelope;
import com.huoke.connectors.weixin.SignedQuery;
import com.huoke.connectors.weixin.WeixinCipher;
import com.huoke.connectors.weixin.WeixinPayloadException;
import com.huoke.connectors.weixin.WeixinXml;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Receives WeCom (企业微信) callbacks of a self-built app or the 客户联系 API (CHANNELS.md §1): the
 * encrypted URL check, and customers added by staff as leads.
 */
public final class WecomCallbackReceiver implements InboundChannel {

  /** The platform id of WeCom channels. */
  public static final String PLATFORM = "wecom";

  static final String TOKEN = "token";
  static final String CORP_ID = "corpId";
  static final String ENCODING_AES_KEY = "encodingAesKey";

  private static final InboundResult.Reply HANDLED = InboundResult.Reply.text("success");

  private final Clock clock;

  public WecomCallbackReceiver(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String platform() {
    return PLATFORM;
  }

  @Override
  public List<CredentialSpec> credentials() {
    return List.of(
        CredentialSpec.requiredSecret(TOKEN, "Token of the app's 接收消息 API settings"),
        CredentialSpec.requiredSetting(CORP_ID, "企业ID (CorpID) from 我的企业 → 企业信息"),
        CredentialSpec.requiredSecret(
            ENCODING_AES_KEY, "EncodingAESKey of the app's 接收消息 API settings, 43 characters"),
        SignedQuery.replayWindowSetting());
  }

  @Override
  public void verify(InboundRequest request, ChannelCredentials credentials) {
    String token = credentials.require(TOKEN);
    ReplayWindow window = SignedQuery.replayWindow(credentials, clock);
    if (request.isGet()) {
      SignedQuery query = SignedQuery.read(request, "msg_signature");
      query.verify(token, window, SignedQuery.require(request, "echostr"));
      return;
    }
    WeixinXml.requireXmlContentType(request);
    EncryptedEnvelope.verify(request, token, window);
  }

  @Override
  public InboundResult decode(InboundRequest request, ChannelCredentials credentials) {
    WeixinCipher cipher = new WeixinCipher(credentials.require(ENCODING_AES_KEY));
    String corpId = credentials.require(CORP_ID);
    try {
      if (request.isGet()) {
        // WeCom wants the bare plaintext back: no quotes, BOM or newline.
        return new InboundResult.UrlVerification(
            InboundResult.Reply.text(EncryptedEnvelope.decrypt(echo(request), cipher, corpId)));
      }
      return new InboundResult.Delivery(
          WecomEvents.from(EncryptedEnvelope.open(request, cipher, corpId)), HANDLED);
    } catch (WeixinPayloadException e) {
      throw new UndecodablePayloadException(e.getMessage(), e);
    }
  }

  private static String echo(InboundRequest request) {
    String echo = request.query("echostr");
    if (echo == null || echo.isEmpty()) {
      throw new WeixinPayloadException(
          "Expected query parameter echostr in the URL check, but it is missing");
    }
    return echo;
  }
}
