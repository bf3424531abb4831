package com.huoke.customer;

/**
 * Filters of the customer list; null means "any". {@code tag} is {@code CATEGORY:name} or a bare
 * name (any category); {@code q} matches part of the name or the company name, ignoring case;
 * {@code sourcePlatform} keeps customers with at least one lead from that platform.
 */
public record CustomerQuery(
    CustomerStage stage,
    String owner,
    String tag,
    Integer minScore,
    Integer maxScore,
    String q,
    String sourcePlatform) {

  public static CustomerQuery any() {
    return new CustomerQuery(null, null, null, null, null, null, null);
  }
}
