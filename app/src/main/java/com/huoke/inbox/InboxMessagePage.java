package com.huoke.inbox;

import java.util.List;

/** One page of the inbox, newest first. */
public record InboxMessagePage(
    List<InboxMessageView> items, int page, int size, long totalItems, int totalPages) {}
