package com.huoke.customer.segment;

import com.huoke.customer.CustomerSummary;
import java.util.List;

/** How many live customers match some rules, and the most recently active of them (masked). */
public record SegmentPreview(long count, List<CustomerSummary> sample) {}
