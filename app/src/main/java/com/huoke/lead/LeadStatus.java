package com.huoke.lead;

/**
 * Where a lead stands. The seed's 新线索 is {@link #NEW} / {@link #SCORED}; its 跟进中 covers {@link
 * #QUALIFYING}, {@link #NURTURING} and {@link #QUALIFIED}; {@link #CONVERTED} is 已转化; a {@link
 * #DISQUALIFIED} lead is 已流失.
 */
public enum LeadStatus {
  /** Accepted and waiting to be scored. */
  NEW,
  /** Scored below the hot threshold; about to join the nurture pool. */
  SCORED,
  /** Scored hot: waiting for sales to qualify it. */
  QUALIFYING,
  /** In the nurture pool. */
  NURTURING,
  /** Sales confirmed it as a real opportunity. */
  QUALIFIED,
  /** Sales ruled it out. */
  DISQUALIFIED,
  /** 已转化: won — it became a customer. */
  CONVERTED
}
