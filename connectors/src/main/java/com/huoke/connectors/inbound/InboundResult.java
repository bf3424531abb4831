package com.huoke.connectors.inbound;

import java.util.List;

/** What a receiver made of a request. */
public sealed interface InboundResult {

  /** A URL check or challenge: answer it with this reply, nothing is stored. */
  record UrlVerification(Reply reply) implements InboundResult {}

  /**
   * Events to store; {@code reply} is sent once they are stored. Events may be empty when the
   * platform sent something HuoKe does not act on (it is still acknowledged).
   */
  record Delivery(List<InboundEvent> events, Reply reply) implements InboundResult {
    public Delivery {
      events = List.copyOf(events);
    }
  }

  /** An HTTP response body as the platform expects it. */
  record Reply(String contentType, String body) {
    public static Reply text(String body) {
      return new Reply("text/plain;charset=UTF-8", body);
    }

    public static Reply json(String body) {
      return new Reply("application/json;charset=UTF-8", body);
    }

    public static Reply xml(String body) {
      return new Reply("application/xml;charset=UTF-8", body);
    }
  }
}
