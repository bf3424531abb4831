package com.huoke.lead;

import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/leads/{id}/convert}: who converted it, when the caller is not signed in (a
 * signed-in caller is recorded by name).
 */
public record LeadConversion(@Size(max = 100) String convertedBy) {}
