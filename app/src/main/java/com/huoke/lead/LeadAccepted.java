package com.huoke.lead;

import java.util.UUID;

/** The answer to a captured lead: stored, and its intake process started. */
public record LeadAccepted(UUID id, LeadStatus status, String processInstanceKey) {}
