package com.huoke.customer;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A customer's deals (商机): opened, changed, won or lost, each on the timeline. */
@Service
public class CustomerDeals {

  private final LiveCustomers live;
  private final DealRepository deals;
  private final Timeline timeline;

  CustomerDeals(LiveCustomers live, DealRepository deals, Timeline timeline) {
    this.live = live;
    this.deals = deals;
    this.timeline = timeline;
  }

  /** The (live) customer's deals, newest first. */
  @Transactional(readOnly = true)
  public List<DealView> list(UUID customerId) {
    return deals.findByCustomerIdOrderByCreatedAtDesc(live.forReading(customerId).id()).stream()
        .map(Deal::view)
        .toList();
  }

  /** Opens a deal (OPEN unless {@code input.stage()} says otherwise). */
  @Transactional
  public DealView open(UUID customerId, DealInput input) {
    Instant now = Instant.now();
    Customer customer = live.forChange(customerId);
    Deal deal = deals.save(Deal.open(UUID.randomUUID(), customer.id(), input, now));
    onTimeline(customer, deal, ActivityType.DEAL_CREATED, "Deal opened: " + deal.title(), now);
    return deal.view();
  }

  /** Replaces the deal's values; WON or LOST closes it. */
  @Transactional
  public DealView update(UUID customerId, UUID dealId, DealInput input) {
    Instant now = Instant.now();
    Customer customer = live.forChange(customerId);
    Deal deal =
        deals
            .findById(dealId)
            .filter(d -> d.customerId().equals(customer.id()))
            .orElseThrow(() -> new DealNotFoundException(dealId));
    DealStage before = deal.stage();
    deal.apply(input, now);
    deals.flush();
    ActivityType type =
        deal.stage() == before
            ? ActivityType.DEAL_UPDATED
            : switch (deal.stage()) {
              case WON -> ActivityType.DEAL_WON;
              case LOST -> ActivityType.DEAL_LOST;
              case OPEN -> ActivityType.DEAL_UPDATED;
            };
    String verb =
        switch (type) {
          case DEAL_WON -> "Deal won: ";
          case DEAL_LOST -> "Deal lost: ";
          default ->
              before.isClosed() && !deal.stage().isClosed() ? "Deal reopened: " : "Deal updated: ";
        };
    onTimeline(customer, deal, type, verb + deal.title(), now);
    return deal.view();
  }

  private void onTimeline(
      Customer customer, Deal deal, ActivityType type, String summary, Instant now) {
    DealView view = deal.view();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("dealId", view.id().toString());
    details.put("stage", view.stage().name());
    details.put("amount", view.amount() == null ? null : view.amount().toPlainString());
    details.put("currency", view.currency());
    customer.touch(now);
    timeline.record(customer, new NewActivity(type, now, summary, details, null), Actors.current());
    timeline.changed(customer, CustomerChange.DEALS, now);
  }
}
