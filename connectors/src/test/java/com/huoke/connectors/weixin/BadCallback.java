package com.huoke.connectors.weixin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.WebhookRejectedException;
import java.util.function.Supplier;

/**
 * A callback a receiver must refuse, and how: the exception type tells whether {@code verify}
 * (signature, timestamp, content type) or {@code decode} (payload) refuses it.
 *
 * @param reason a fragment the message must contain, naming the field or check
 */
public record BadCallback(
    String name,
    Supplier<InboundRequest> request,
    Class<? extends WebhookRejectedException> rejectedAs,
    String code,
    String reason) {

  /** Runs the app's order, verify then decode, and checks the refusal and that no secret leaks. */
  public void assertRefusedBy(
      InboundChannel receiver, ChannelCredentials credentials, String... secrets) {
    InboundRequest callback = request.get();
    assertThatThrownBy(
            () -> {
              receiver.verify(callback, credentials);
              receiver.decode(callback, credentials);
            })
        .isInstanceOf(rejectedAs)
        .hasMessageContaining(reason)
        .satisfies(
            e -> {
              assertThat(((WebhookRejectedException) e).code()).isEqualTo(code);
              for (String secret : secrets) {
                assertThat(e.getMessage()).doesNotContain(secret);
              }
            });
  }

  @Override
  public String toString() {
    return name;
  }
}
