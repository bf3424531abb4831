package com.huoke.lead.imports;

import java.util.List;

/** One page of imports, newest first. */
public record LeadImportPage(
    List<LeadImportSummary> items, int page, int size, long totalItems, int totalPages) {}
