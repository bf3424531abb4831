package com.huoke.security;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as the API shows it: never the password. Roles and groups sorted. */
record UserView(
    UUID id,
    String username,
    String displayName,
    List<String> roles,
    List<String> groups,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {}
