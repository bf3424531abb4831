package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackingUrlsTest {

  private static final TrackingLink.Utm UTM =
      new TrackingLink.Utm("douyin", "social", "春季新品", "video 03");

  @Test
  void addsTheFourUtmParametersEncoded() {
    assertThat(TrackingUrls.withUtm("https://www.example.com/landing", UTM))
        .isEqualTo(
            "https://www.example.com/landing?utm_source=douyin&utm_medium=social"
                + "&utm_campaign=%E6%98%A5%E5%AD%A3%E6%96%B0%E5%93%81&utm_content=video%2003");
  }

  @Test
  void keepsOtherParametersAndTheFragmentAndReplacesOldUtmOnes() {
    assertThat(
            TrackingUrls.withUtm(
                "https://example.com/p?id=7&utm_source=old&UTM_CAMPAIGN=x#form", UTM))
        .isEqualTo(
            "https://example.com/p?id=7&utm_source=douyin&utm_medium=social"
                + "&utm_campaign=%E6%98%A5%E5%AD%A3%E6%96%B0%E5%93%81&utm_content=video%2003#form");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/x", "/relative/page", "https://", "not a url"})
  void rejectsLandingUrlsThatAreNotAbsoluteHttp(String landingUrl) {
    assertThatThrownBy(() -> TrackingUrls.withUtm(landingUrl, UTM))
        .isInstanceOfSatisfying(
            InvalidChannelRequestException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("landingUrl"));
  }
}
