package com.huoke.customer;

/** Whether a customer is a person or a company (seed §2.2.4: 个人 | 企业). */
public enum CustomerType {
  PERSON("个人"),
  COMPANY("企业");

  private final String label;

  CustomerType(String label) {
    this.label = label;
  }

  /** The Chinese label shown in the console. */
  public String label() {
    return label;
  }
}
