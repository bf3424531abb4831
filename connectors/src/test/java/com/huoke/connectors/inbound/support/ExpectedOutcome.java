package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.huoke.connectors.inbound.ChannelCredentials;
import com.huoke.connectors.inbound.InboundChannel;
import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.InboundResult;
import com.huoke.connectors.inbound.WebhookRejectedException;
import java.util.function.Consumer;

/**
 * What a receiver must make of a request, for data-driven tests: either a clean rejection with a
 * stable code, or a result that passes a check. Anything else (an unexpected exception type, a
 * rejection with the wrong code) fails.
 */
public sealed interface ExpectedOutcome {

  static ExpectedOutcome rejected(Class<? extends WebhookRejectedException> type, String code) {
    return new Rejected(type, code);
  }

  static ExpectedOutcome accepted(Consumer<InboundResult> check) {
    return new Accepted(check);
  }

  /** Runs the request through {@code verify} then {@code decode}, as the app does. */
  static InboundResult receive(
      InboundChannel channel, ChannelCredentials credentials, InboundRequest request) {
    channel.verify(request, credentials);
    return channel.decode(request, credentials);
  }

  /** Asserts that the channel turns the request into this outcome. */
  void assertFor(InboundChannel channel, ChannelCredentials credentials, InboundRequest request);

  /** The request is refused with this exception type and code. */
  record Rejected(Class<? extends WebhookRejectedException> type, String code)
      implements ExpectedOutcome {
    @Override
    public void assertFor(
        InboundChannel channel, ChannelCredentials credentials, InboundRequest request) {
      Throwable thrown = catchThrowable(() -> receive(channel, credentials, request));
      assertThat(thrown).isInstanceOf(type);
      assertThat(((WebhookRejectedException) thrown).code()).isEqualTo(code);
      assertThat(thrown.getMessage()).isNotBlank();
    }
  }

  /** The request is accepted and its result passes the check. */
  record Accepted(Consumer<InboundResult> check) implements ExpectedOutcome {
    @Override
    public void assertFor(
        InboundChannel channel, ChannelCredentials credentials, InboundRequest request) {
      check.accept(receive(channel, credentials, request));
    }
  }
}
