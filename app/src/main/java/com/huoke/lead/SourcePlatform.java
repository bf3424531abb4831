package com.huoke.lead;

import java.util.Locale;

/**
 * The platform a lead came from (seed PRD §2.1.1); a closed set so reports and metrics group well.
 */
public enum SourcePlatform {
  WECHAT,
  WECOM,
  DINGTALK,
  DOUYIN,
  /** Ocean Engine (巨量引擎) ad leads: Douyin, Toutiao and their ad network. */
  OCEAN_ENGINE,
  XIAOHONGSHU,
  BAIDU,
  KUAISHOU,
  BILIBILI,
  ZHIHU,
  WEIBO,
  MAIMAI,
  DIANPING,
  TAOBAO,
  PINDUODUO,
  LINKEDIN,
  WEBSITE,
  OTHER;

  /** Lower-case identifier used in metric tags. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
