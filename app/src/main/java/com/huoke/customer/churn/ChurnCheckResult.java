package com.huoke.customer.churn;

import java.time.Instant;

/**
 * What one churn check did: customers newly flagged, flags cleared because the customer is active
 * again, and stage moves made by the stage rules' sweep that runs with it.
 */
public record ChurnCheckResult(
    Instant checkedAt, int inactiveDays, int flagged, int cleared, int stageMoves) {}
