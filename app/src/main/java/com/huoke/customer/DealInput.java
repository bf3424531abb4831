package com.huoke.customer;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A deal as created or replaced through the API; {@code currency} defaults to CNY, {@code stage} to
 * OPEN for a new deal (and to the current stage in an update).
 */
public record DealInput(
    @NotBlank @Size(max = 200) String title,
    @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal amount,
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as CNY") String currency,
    DealStage stage,
    LocalDate expectedClose) {

  static final String DEFAULT_CURRENCY = "CNY";
}
