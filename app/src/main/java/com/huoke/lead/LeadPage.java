package com.huoke.lead;

import java.util.List;

/** One page of the lead list, newest first. */
public record LeadPage(
    List<LeadSummary> items, int page, int size, long totalItems, int totalPages) {}
