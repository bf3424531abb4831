package com.huoke.contact;

/**
 * A place in mainland China (or Hong Kong, Macao, Taiwan) by its official names: {@code province}
 * (省, 自治区, 直辖市, 特别行政区) and, when known, {@code city}. A municipality is its own city: 北京市 北京市.
 */
public record Region(String province, String city) {

  /** {@code 广东省 深圳市}, or just the province when the city is unknown. */
  public String display() {
    return city == null ? province : province + " " + city;
  }
}
