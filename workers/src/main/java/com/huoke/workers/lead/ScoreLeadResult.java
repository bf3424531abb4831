package com.huoke.workers.lead;

/**
 * Output variables of {@code score-lead}: the gateway routes on {@code score}; {@code hot} informs.
 */
public record ScoreLeadResult(int score, boolean hot) {}
