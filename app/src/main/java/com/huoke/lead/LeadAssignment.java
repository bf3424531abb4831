package com.huoke.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /api/v1/leads/{id}/assign}: who follows the lead up from now on. */
public record LeadAssignment(@NotBlank @Size(max = 100) String assignee) {}
