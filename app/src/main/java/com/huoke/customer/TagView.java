package com.huoke.customer;

import java.util.UUID;

/** A tag as the API shows it. */
public record TagView(UUID id, TagCategory category, String name) {}
