package com.huoke.customer;

import java.util.List;

/** One page of the customer list. */
public record CustomerPage(
    List<CustomerSummary> items, int page, int size, long totalItems, int totalPages) {}
