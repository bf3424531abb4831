package com.huoke.customer;

/**
 * The lifecycle stage (seed §2.2.2), in order: 潜在 → 意向 → 商机 → 成交 → 复购. A later stage ranks higher;
 * merging two customers keeps the higher one.
 */
public enum CustomerStage {
  /** 潜在客户: captured, not yet engaged (培育期). */
  PROSPECT("潜在"),
  /** 意向客户: showed intent (跟进期). */
  INTERESTED("意向"),
  /** 商机客户: an open opportunity (谈判期). */
  OPPORTUNITY("商机"),
  /** 成交客户: bought (服务期). */
  CUSTOMER("成交"),
  /** 复购客户: bought again (忠诚期). */
  REPEAT("复购");

  private final String label;

  CustomerStage(String label) {
    this.label = label;
  }

  /** The Chinese label shown in the console. */
  public String label() {
    return label;
  }

  /** The later of the two stages. */
  public CustomerStage max(CustomerStage other) {
    return other == null || compareTo(other) >= 0 ? this : other;
  }
}
