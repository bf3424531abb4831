package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InboundChannelsTest {

  @Test
  void findsEveryReceiverByItsPlatformId() {
    InboundChannels receivers = new InboundChannels(List.of(new TestPlatformChannel()));

    assertThat(receivers.platforms()).containsExactly("testplatform");
    assertThat(receivers.find("testplatform")).isPresent();
    assertThat(receivers.find("douyin")).isEmpty();
  }

  @Test
  void refusesToStartWithTwoReceiversForOnePlatform() {
    assertThatThrownBy(
            () ->
                new InboundChannels(List.of(new TestPlatformChannel(), new TestPlatformChannel())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'testplatform' has 2");
  }
}
