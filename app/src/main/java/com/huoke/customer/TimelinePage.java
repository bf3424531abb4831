package com.huoke.customer;

import java.util.List;

/** One page of a customer's timeline, newest first. */
public record TimelinePage(
    List<TimelineEntry> items, int page, int size, long totalItems, int totalPages) {}
