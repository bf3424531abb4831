package com.huoke.customer;

import java.time.Instant;
import java.util.List;

/** A custom field definition as the API shows it. */
public record CustomFieldView(
    String key, String label, CustomFieldType type, List<String> options, Instant createdAt) {}
