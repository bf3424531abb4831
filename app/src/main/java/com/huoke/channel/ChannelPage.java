package com.huoke.channel;

import java.util.List;

/** One page of channels, newest first. */
record ChannelPage(List<ChannelView> items, int page, int size, long totalItems, int totalPages) {}
