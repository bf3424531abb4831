package com.huoke.channel;

import com.huoke.inbox.IncomingMessage;
import com.huoke.lead.QueuedLead;
import java.util.List;

/** A delivery's events, mapped and validated, ready to be stored in one transaction. */
record PreparedDelivery(List<QueuedLead> leads, List<IncomingMessage> messages) {

  boolean isEmpty() {
    return leads.isEmpty() && messages.isEmpty();
  }
}
