package com.huoke.workers.lead;

/**
 * Headcount band of a lead's company, matched against {@code huoke.scoring.target-company-sizes}.
 */
public enum CompanySize {
  /** 1–9 employees. */
  MICRO,
  /** 10–49 employees. */
  SMALL,
  /** 50–249 employees. */
  MEDIUM,
  /** 250–999 employees. */
  LARGE,
  /** 1000 or more employees. */
  ENTERPRISE
}
