package com.huoke.channel;

import com.huoke.inbox.ChannelInboxStats;
import com.huoke.inbox.InboxMessages;
import com.huoke.lead.LeadIntakeQueueStats;
import com.huoke.lead.QueueCounts;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** Puts a channel's durable figures (from stored rows) beside its in-memory webhook counters. */
@Service
class ChannelStatistics {

  private final ChannelConfigs configs;
  private final DeadLetters deadLetters;
  private final InboxMessages inbox;
  private final LeadIntakeQueueStats queue;
  private final WebhookMetrics metrics;

  ChannelStatistics(
      ChannelConfigs configs,
      DeadLetters deadLetters,
      InboxMessages inbox,
      LeadIntakeQueueStats queue,
      WebhookMetrics metrics) {
    this.configs = configs;
    this.deadLetters = deadLetters;
    this.inbox = inbox;
    this.queue = queue;
    this.metrics = metrics;
  }

  ChannelStats of(UUID channelId) {
    ChannelConfig channel =
        configs.find(channelId).orElseThrow(() -> new ChannelNotFoundException(channelId));
    ChannelInboxStats messages = inbox.statsOf(channelId);
    QueueCounts leads = queue.countsBySource(channel.queueSource());
    WebhookMetrics.SinceStart sinceStart = metrics.sinceStart(channel);
    Instant lastReceivedAt =
        Stream.of(
                sinceStart.lastReceivedAt(),
                leads.lastReceivedAt(),
                messages.lastReceivedAt(),
                deadLetters.lastReceivedAt(channelId))
            .filter(Objects::nonNull)
            .max(Instant::compareTo)
            .orElse(null);
    return new ChannelStats(
        channelId,
        new ChannelStats.Stored(
            leads.total(),
            leads.pending(),
            leads.captured(),
            leads.failed(),
            messages.messages(),
            deadLetters.countByStatus(channelId)),
        sinceStart,
        lastReceivedAt);
  }
}
