package com.huoke.testsupport;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * Real-format, correctly signed (or encrypted) deliveries of every P0 platform (CHANNELS.md §1, §3,
 * §4), as the platforms send them: the ad platforms' lead pushes about one person (by number), and
 * WeChat / WeCom callbacks. Shared by the end-to-end webhook tests and the webhook benchmark.
 */
public final class PlatformDeliveries {

  public static final String DOUYIN_SECRET = "bench-douyin-client-secret";
  public static final String OCEAN_ENGINE_SECRET = "bench-oceanengine-spi-secret";
  public static final String XIAOHONGSHU_TOKEN = "bench-xiaohongshu-token";
  public static final String BAIDU_TOKEN = "bench-baidu-token";
  public static final String WECHAT_TOKEN = "bench-wechat-token";
  public static final String WECHAT_APP_ID = "wx5e8b7f3a2c1d0e9f";
  public static final String WECOM_TOKEN = "bench-wecom-token";
  public static final String WECOM_CORP_ID = "ww4d2b1f0c6e5a3978";
  public static final String WECOM_AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  /** The settings each benchmark channel is created with, by platform id. */
  public static final Map<String, Map<String, String>> SETTINGS =
      Map.of(
          "douyin", Map.of("clientSecret", DOUYIN_SECRET),
          "oceanengine", Map.of("spiSecret", OCEAN_ENGINE_SECRET),
          "xiaohongshu", Map.of("token", XIAOHONGSHU_TOKEN),
          "baidu", Map.of("token", BAIDU_TOKEN),
          "wechatmp", Map.of("token", WECHAT_TOKEN, "appId", WECHAT_APP_ID),
          "wecom",
              Map.of(
                  "token", WECOM_TOKEN, "corpId", WECOM_CORP_ID, "encodingAesKey", WECOM_AES_KEY));

  /** The ad platforms, whose pushes carry a phone number. */
  public static final String[] PLATFORMS = {"douyin", "oceanengine", "xiaohongshu", "baidu"};

  private PlatformDeliveries() {}

  /** The person with number {@code person}: a stable name and mainland mobile number. */
  public static String phoneOf(int person) {
    return "139%08d".formatted(person);
  }

  /** A delivery of message {@code messageId} about {@code person} to the channel's webhook URL. */
  public static HttpRequest delivery(
      String platform, String webhookUrl, String messageId, int person) {
    String phone = phoneOf(person);
    String name = "压测" + person;
    long now = System.currentTimeMillis();
    return switch (platform) {
      case "douyin" -> douyin(webhookUrl, messageId, name, phone, now);
      case "oceanengine" -> oceanEngine(webhookUrl, messageId, name, phone, now);
      case "xiaohongshu" -> xiaohongshu(webhookUrl, messageId, name, phone, now);
      case "baidu" -> baidu(webhookUrl, messageId, name, phone);
      default -> throw new IllegalArgumentException(platform);
    };
  }

  private static HttpRequest douyin(
      String url, String messageId, String name, String phone, long now) {
    String content =
        """
        {"conversation_short_id":"@bench","server_message_id":"@%s","conversation_type":1,\
        "message_type":"retain_consult_card","card_id":"%s","card_status":2,"card_data":[\
        {"label":"姓名","value":"%s"},{"label":"手机号","value":"%s"},{"label":"城市","value":"广东省深圳市"},\
        {"label":"咨询内容","value":"想了解企业版价格"}],"source":"","create_time":%d,\
        "user_infos":[{"open_id":"open-%s","nick_name":"bench","avatar":""}]}"""
            .formatted(messageId, messageId, name, phone, now, phone);
    String body =
        """
        {"event":"im_receive_msg","client_key":"","from_user_id":"open-%s","to_user_id":"biz",\
        "log_id":"%s","content":%s}"""
            .formatted(phone, messageId, jsonString(content));
    return json(url, body)
        .header("Msg-Id", messageId)
        .header("X-Douyin-Signature", hex(sha1(DOUYIN_SECRET + body)))
        .build();
  }

  private static HttpRequest oceanEngine(
      String url, String messageId, String name, String phone, long now) {
    String data =
        """
        {"clue_id":"%s","advertiser_id":"1780000012345678","ad_name":"春季新品-表单-01",\
        "promotion_id":7301100000000000001,"name":"%s","telephone":"%s","province_name":"浙江省",\
        "city_name":"杭州市","create_time_detail":"2025-11-25 14:13:10",\
        "remark_dict":{"公司名称":"杭州云帆科技有限公司","职位":"市场总监"}}"""
            .formatted(messageId, name, phone);
    String body =
        """
        {"message_id":"%s","service_label":"tools.clue.push","subscribe_task_id":7301120493871100001,\
        "advertiser_ids":[1780000012345678],"publish_time":%d,"timestamp":%d,"nonce":839201,"data":%s}"""
            .formatted(messageId, now, now, jsonString(data));
    return json(url, body)
        .header("X-Open-Signature", hex(hmac("HmacSHA256", OCEAN_ENGINE_SECRET, body)))
        .build();
  }

  private static HttpRequest xiaohongshu(
      String url, String messageId, String name, String phone, long now) {
    String body =
        """
        {"data":{"landing_page_id":"6744c1f2000000000b00e3a1",\
        "url":"https://www.xiaohongshu.com/lp/6744c1f2?utm_source=xiaohongshu&utm_medium=feeds&utm_campaign=bench",\
        "submitted_time":"2025-11-25 14:20:05","source_channel":"信息流","account_id":"5f8e7d6c",\
        "account_name":"云帆科技官方","campaign_id":10002345,"campaign_name":"秋季试用-留资","unit_id":20004567,\
        "unit_name":"bench","creative_id":30006789,"leads_id":"%s","keyword":"客户管理",\
        "data":[{"label":"姓名","value":"%s"},{"label":"手机号","value":"%s"},{"label":"城市","value":"上海"}]},\
        "timestamp":%d,"source":"juguang"}"""
            .formatted(messageId, name, phone, now);
    return json(url, body)
        .header("X-Red-Signature", "sha1=" + hex(hmac("HmacSHA1", XIAOHONGSHU_TOKEN, body)))
        .build();
  }

  private static HttpRequest baidu(String url, String messageId, String name, String phone) {
    String body =
        """
        {"ucid":31234567,"pageId":"7300123456789","clueId":"%s","commitTime":"2025-11-25 14:25:30",\
        "solutionType":"form","solutionTypeName":"表单","cluePhoneNumber":"%s",\
        "flowChannelName":"百度搜索推广","area":"北京市-北京市",\
        "url":"https://qianhu.wejianzhan.com/site/yunfan.com/x?utm_source=baidu&utm_medium=cpc&utm_campaign=bench",\
        "ip":"123.125.71.38","formDetail":[{"name":"姓名","value":"%s","type":"name"},\
        {"name":"电话","value":"%s","type":"phone"}]}"""
            .formatted(messageId, phone, name, phone);
    return json(url + "?token=" + BAIDU_TOKEN, body).build();
  }

  /** A WeChat official-account callback in plain mode, signed over token, timestamp and nonce. */
  public static HttpRequest wechatMp(String webhookUrl, String xml) {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    String nonce = "n" + System.nanoTime();
    String signature = SHA1.gen(WECHAT_TOKEN, timestamp, nonce);
    return HttpRequest.newBuilder(
            URI.create(
                webhookUrl
                    + "?signature=%s&timestamp=%s&nonce=%s&openid=x"
                        .formatted(signature, timestamp, nonce)))
        .header("Content-Type", "text/xml;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8))
        .build();
  }

  /** {@code openid} following the official account by scanning the QR code of {@code scene}. */
  public static String wechatSubscribe(String openid, String scene, long createTime) {
    return """
        <xml><ToUserName><![CDATA[gh_3f1c2b9a8e7d]]></ToUserName>\
        <FromUserName><![CDATA[%s]]></FromUserName><CreateTime>%d</CreateTime>\
        <MsgType><![CDATA[event]]></MsgType><Event><![CDATA[subscribe]]></Event>\
        <EventKey><![CDATA[qrscene_%s]]></EventKey><Ticket><![CDATA[gQH47joAAAAAAAAAAS]]></Ticket></xml>\
        """
        .formatted(openid, createTime, scene);
  }

  /** {@code openid} writing {@code text} to the official account. */
  public static String wechatText(String openid, String text, long msgId) {
    return """
        <xml><ToUserName><![CDATA[gh_3f1c2b9a8e7d]]></ToUserName>\
        <FromUserName><![CDATA[%s]]></FromUserName><CreateTime>%d</CreateTime>\
        <MsgType><![CDATA[text]]></MsgType><Content><![CDATA[%s]]></Content><MsgId>%d</MsgId></xml>\
        """
        .formatted(openid, System.currentTimeMillis() / 1000, text, msgId);
  }

  /**
   * A WeCom callback: {@code xml} encrypted with the corp's EncodingAESKey inside the envelope,
   * signed with msg_signature over token, timestamp, nonce and the ciphertext.
   */
  public static HttpRequest wecom(String webhookUrl, String xml) {
    String timestamp = String.valueOf(System.currentTimeMillis() / 1000);
    String nonce = "n" + System.nanoTime();
    String ciphertext =
        new WxCryptUtil(WECOM_TOKEN, WECOM_AES_KEY, WECOM_CORP_ID).encrypt("aaaabbbbccccdddd", xml);
    String envelope =
        "<xml><ToUserName><![CDATA[%s]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID>"
                .formatted(WECOM_CORP_ID)
            + "<Encrypt><![CDATA["
            + ciphertext
            + "]]></Encrypt></xml>";
    String signature = SHA1.gen(WECOM_TOKEN, timestamp, nonce, ciphertext);
    return HttpRequest.newBuilder(
            URI.create(
                webhookUrl
                    + "?msg_signature=%s&timestamp=%s&nonce=%s"
                        .formatted(signature, timestamp, nonce)))
        .header("Content-Type", "text/xml;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
        .build();
  }

  /**
   * Staff member {@code userId} adding the external contact {@code externalUserId} (渠道活码 state).
   */
  public static String wecomContactAdded(String userId, String externalUserId, String state) {
    return """
        <xml><ToUserName><![CDATA[%s]]></ToUserName><FromUserName><![CDATA[sys]]></FromUserName>\
        <CreateTime>%d</CreateTime><MsgType><![CDATA[event]]></MsgType>\
        <Event><![CDATA[change_external_contact]]></Event>\
        <ChangeType><![CDATA[add_external_contact]]></ChangeType><UserID><![CDATA[%s]]></UserID>\
        <ExternalUserID><![CDATA[%s]]></ExternalUserID><State><![CDATA[%s]]></State>\
        <WelcomeCode><![CDATA[WELCOME_CODE]]></WelcomeCode></xml>\
        """
        .formatted(WECOM_CORP_ID, System.currentTimeMillis() / 1000, userId, externalUserId, state);
  }

  private static HttpRequest.Builder json(String url, String body) {
    return HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/json;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private static String jsonString(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static byte[] sha1(String text) {
    try {
      return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(String algorithm, String key, String body) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
      return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
