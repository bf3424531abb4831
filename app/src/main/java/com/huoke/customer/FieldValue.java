package com.huoke.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One custom field value, in the column of its type (TEXT and OPTION in text). */
@Embeddable
record FieldValue(
    @Column(name = "text_value") String text,
    @Column(name = "number_value") BigDecimal number,
    @Column(name = "date_value") LocalDate date) {

  /** The value as JSON shows it: a string, a number or an ISO date string. */
  Object asJson() {
    if (number != null) {
      return number.stripTrailingZeros();
    }
    if (date != null) {
      return date.toString();
    }
    return text;
  }
}
