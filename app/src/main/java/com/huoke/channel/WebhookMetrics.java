package com.huoke.channel;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Counts what happens to webhook requests per channel, in memory (Micrometer, exported through
 * {@code /actuator/prometheus}): what is not stored — rejections, duplicates — exists nowhere else,
 * and counting in memory keeps the hot path free of counter rows. The figures start at zero with
 * each application start.
 */
@Component
class WebhookMetrics {

  static final String REQUESTS = "huoke.channel.requests";
  static final String REJECTED = "huoke.channel.requests.rejected";
  static final String EVENTS = "huoke.channel.events";

  private final MeterRegistry meters;
  private final Instant startedAt = Instant.now();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, AtomicReference<Instant>> lastReceived = new ConcurrentHashMap<>();

  WebhookMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  /** A request reached a known channel (before any check). */
  void received(ChannelConfig channel, Instant at) {
    counter(REQUESTS, channel, "outcome", "received").increment();
    lastReceived
        .computeIfAbsent(channel.id().toString(), id -> new AtomicReference<>())
        .accumulateAndGet(at, (old, now) -> old == null || now.isAfter(old) ? now : old);
  }

  /** Refused with this reason code (signature, content type, size, dead-lettered, …). */
  void rejected(ChannelConfig channel, String reason) {
    counter(REJECTED, channel, "reason", reason).increment();
  }

  void urlVerified(ChannelConfig channel) {
    counter(REQUESTS, channel, "outcome", "url-verification").increment();
  }

  /** A delivery was stored: how many of its events were new and how many re-deliveries. */
  void stored(ChannelConfig channel, StoredDelivery stored) {
    counter(REQUESTS, channel, "outcome", "accepted").increment();
    increment(channel, "lead", "new", stored.newLeads());
    increment(channel, "lead", "duplicate", stored.duplicateLeads());
    increment(channel, "message", "new", stored.newMessages());
    increment(channel, "message", "duplicate", stored.duplicateMessages());
  }

  /** The counters of one channel since this application started. */
  SinceStart sinceStart(ChannelConfig channel) {
    String id = channel.id().toString();
    Function<String, Double> requests = outcome -> sum(find(REQUESTS, id).tag("outcome", outcome));
    Map<String, Long> rejected = new TreeMap<>();
    find(REJECTED, id)
        .counters()
        .forEach(
            counter ->
                rejected.merge(
                    counter.getId().getTag("reason"), (long) counter.count(), Long::sum));
    AtomicReference<Instant> last = lastReceived.get(id);
    return new SinceStart(
        startedAt,
        requests.apply("received").longValue(),
        requests.apply("accepted").longValue(),
        requests.apply("url-verification").longValue(),
        rejected,
        (long) sum(find(EVENTS, id).tag("kind", "lead").tag("outcome", "new")),
        (long) sum(find(EVENTS, id).tag("kind", "message").tag("outcome", "new")),
        (long) sum(find(EVENTS, id).tag("outcome", "duplicate")),
        last == null ? null : last.get());
  }

  private void increment(ChannelConfig channel, String kind, String outcome, int amount) {
    if (amount > 0) {
      counter(EVENTS, channel, "kind", kind, "outcome", outcome).increment(amount);
    }
  }

  private Counter counter(String name, ChannelConfig channel, String... tags) {
    String key = name + '|' + channel.id() + '|' + String.join("|", tags);
    return counters.computeIfAbsent(
        key,
        k ->
            Counter.builder(name)
                .tag("channel", channel.id().toString())
                .tag("platform", channel.platform())
                .tags(tags)
                .register(meters));
  }

  private Search find(String name, String channelId) {
    return meters.find(name).tag("channel", channelId);
  }

  private static double sum(Search search) {
    return search.counters().stream().mapToDouble(Counter::count).sum();
  }

  /**
   * A channel's webhook traffic since {@code startedAt} (the application's start).
   *
   * @param received requests that reached the channel, whatever became of them
   * @param accepted deliveries stored and acknowledged (re-deliveries included)
   * @param urlVerifications URL checks and challenges answered
   * @param rejectedByReason refused requests by reason code, dead-lettered ones included
   * @param leadsQueued new leads put on the intake queue
   * @param messagesStored new customer messages put into the inbox
   * @param duplicates re-delivered events acknowledged without storing anything
   * @param lastReceivedAt the latest request, or null
   */
  record SinceStart(
      Instant startedAt,
      long received,
      long accepted,
      long urlVerifications,
      Map<String, Long> rejectedByReason,
      long leadsQueued,
      long messagesStored,
      long duplicates,
      Instant lastReceivedAt) {}
}
