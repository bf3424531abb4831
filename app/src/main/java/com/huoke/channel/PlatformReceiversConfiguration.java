package com.huoke.channel;

import com.huoke.connectors.baidu.BaiduLeadReceiver;
import com.huoke.connectors.douyin.DouyinWebhookReceiver;
import com.huoke.connectors.oceanengine.OceanEngineSpiReceiver;
import com.huoke.connectors.wechatmp.WechatMpCallbackReceiver;
import com.huoke.connectors.wecom.WecomCallbackReceiver;
import com.huoke.connectors.xiaohongshu.XiaohongshuLeadReceiver;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platforms a channel can be configured for: one receiver bean per protocol in {@code
 * connectors/}. Adding a platform is a receiver class there plus one bean here.
 */
@Configuration(proxyBeanMethods = false)
class PlatformReceiversConfiguration {

  /** Receivers check timestamps against this clock (replay windows). */
  private static final Clock CLOCK = Clock.systemUTC();

  @Bean
  DouyinWebhookReceiver douyinWebhookReceiver() {
    return new DouyinWebhookReceiver(CLOCK);
  }

  @Bean
  OceanEngineSpiReceiver oceanEngineSpiReceiver() {
    return new OceanEngineSpiReceiver(CLOCK);
  }

  @Bean
  XiaohongshuLeadReceiver xiaohongshuLeadReceiver() {
    return new XiaohongshuLeadReceiver(CLOCK);
  }

  @Bean
  BaiduLeadReceiver baiduLeadReceiver() {
    return new BaiduLeadReceiver(CLOCK);
  }

  @Bean
  WechatMpCallbackReceiver wechatMpCallbackReceiver() {
    return new WechatMpCallbackReceiver(CLOCK);
  }

  @Bean
  WecomCallbackReceiver wecomCallbackReceiver() {
    return new WecomCallbackReceiver(CLOCK);
  }
}
