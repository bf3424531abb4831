package com.huoke.channel;

import com.huoke.inbox.InboxMessages;
import com.huoke.inbox.IncomingMessage;
import com.huoke.lead.LeadIntakeQueue;
import com.huoke.lead.QueuedLead;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a prepared delivery in one short transaction: its leads on the intake queue, its messages
 * in the inbox. When this returns, everything is committed and the platform may be acknowledged.
 */
@Component
class DeliveryStore {

  private final LeadIntakeQueue queue;
  private final InboxMessages inbox;

  DeliveryStore(LeadIntakeQueue queue, InboxMessages inbox) {
    this.queue = queue;
    this.inbox = inbox;
  }

  /** Joins the caller's transaction if there is one (a dead-letter replay marks itself in it). */
  @Transactional
  StoredDelivery store(PreparedDelivery delivery) {
    int newLeads = 0;
    for (QueuedLead lead : delivery.leads()) {
      if (queue.enqueue(lead)) {
        newLeads++;
      }
    }
    int newMessages = 0;
    for (IncomingMessage message : delivery.messages()) {
      if (inbox.receive(message)) {
        newMessages++;
      }
    }
    return new StoredDelivery(
        newLeads,
        delivery.leads().size() - newLeads,
        newMessages,
        delivery.messages().size() - newMessages);
  }
}
