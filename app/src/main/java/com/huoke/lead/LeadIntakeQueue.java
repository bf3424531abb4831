package com.huoke.lead;

import java.util.List;

/**
 * The durable queue in front of lead capture: webhooks and imports put leads here inside their own
 * transaction and answer at once; a processor captures them (normalise, de-duplicate, start lead
 * intake) in the background. A lead accepted here is never lost, even if the process dies.
 */
public interface LeadIntakeQueue {

  /**
   * Queues one lead in the caller's transaction.
   *
   * @return {@code false} when a lead with the same source and message id was queued before (a
   *     re-delivery): nothing new is stored
   */
  boolean enqueue(QueuedLead lead);

  /** Queues many leads (an import batch); returns how many were new. */
  int enqueueAll(List<QueuedLead> leads);
}
