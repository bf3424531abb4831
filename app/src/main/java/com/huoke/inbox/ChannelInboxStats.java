package com.huoke.inbox;

import java.time.Instant;

/** What the inbox holds from one channel; {@code lastReceivedAt} is null when it holds nothing. */
public record ChannelInboxStats(long messages, Instant lastReceivedAt) {}
