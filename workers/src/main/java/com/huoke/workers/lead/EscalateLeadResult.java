package com.huoke.workers.lead;

/**
 * Output of {@code escalate-lead}: {@code false} when sales had claimed (or done) the task in time.
 */
public record EscalateLeadResult(boolean escalated) {}
