package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.lead.SourcePlatform;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlatformSourcesTest {

  @ParameterizedTest
  @CsvSource({
    "douyin, DOUYIN",
    "oceanengine, OCEAN_ENGINE",
    "xiaohongshu, XIAOHONGSHU",
    "baidu, BAIDU",
    "wechatmp, WECHAT",
    "wecom, WECOM",
    "webform, WEBSITE",
    "testplatform, OTHER"
  })
  void mapsReceiverPlatformIdsToLeadSources(String platform, SourcePlatform expected) {
    assertThat(PlatformSources.of(platform)).isEqualTo(expected);
  }
}
