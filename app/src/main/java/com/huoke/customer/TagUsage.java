package com.huoke.customer;

import java.util.UUID;

/** A tag with the number of live customers carrying it. */
public record TagUsage(UUID id, TagCategory category, String name, long customers) {}
