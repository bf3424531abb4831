package com.huoke.connectors.inbound.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.connectors.inbound.InboundEvent;
import com.huoke.connectors.inbound.InboundResult;

/** Unpacks receiver results in tests, failing with a clear message on the wrong shape. */
public final class InboundResults {

  private InboundResults() {}

  /** The one lead of a delivery. */
  public static InboundEvent.LeadSubmitted onlyLead(InboundResult result) {
    assertThat(result).isInstanceOf(InboundResult.Delivery.class);
    InboundResult.Delivery delivery = (InboundResult.Delivery) result;
    assertThat(delivery.events()).hasSize(1);
    assertThat(delivery.events().get(0)).isInstanceOf(InboundEvent.LeadSubmitted.class);
    return (InboundEvent.LeadSubmitted) delivery.events().get(0);
  }

  /** The reply to a URL check. */
  public static InboundResult.Reply urlCheckReply(InboundResult result) {
    assertThat(result).isInstanceOf(InboundResult.UrlVerification.class);
    return ((InboundResult.UrlVerification) result).reply();
  }

  /** The reply to a delivery that carried nothing to store. */
  public static InboundResult.Reply emptyDeliveryReply(InboundResult result) {
    assertThat(result).isInstanceOf(InboundResult.Delivery.class);
    assertThat(((InboundResult.Delivery) result).events()).isEmpty();
    return ((InboundResult.Delivery) result).reply();
  }
}
