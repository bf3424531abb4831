package com.huoke.channel;

import java.util.List;

/** One page of dead letters, newest first. */
record DeadLetterPage(
    List<DeadLetterSummary> items, int page, int size, long totalItems, int totalPages) {}
