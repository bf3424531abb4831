package com.huoke.connectors.inbound.support;

import com.huoke.connectors.inbound.InboundLead;
import com.huoke.connectors.inbound.UndecodablePayloadException;

/** The rule every receiver applies before it hands a lead on: the person must be reachable. */
public final class LeadContact {

  private LeadContact() {}

  /**
   * Returns the lead when it has a phone number, WeChat id, e-mail or platform identity.
   *
   * @param source names where the contact was looked for, for the error message
   * @throws UndecodablePayloadException the lead has none of them
   */
  public static InboundLead require(InboundLead lead, String source) {
    boolean reachable =
        present(lead.contactPhone())
            || present(lead.contactWechat())
            || present(lead.contactEmail())
            || !lead.identities().isEmpty();
    if (!reachable) {
      throw new UndecodablePayloadException(
          "Expected a phone number, WeChat id, e-mail or platform user id in "
              + source
              + ", but it has none");
    }
    return lead;
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
