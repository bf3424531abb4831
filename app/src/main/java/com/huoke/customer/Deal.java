package com.huoke.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An opportunity (商机) with a customer: amount, expected close, and when it was won or lost. */
@Entity
@Table(name = "deals")
class Deal {

  @Id private UUID id;
  private UUID customerId;
  private String title;
  private BigDecimal amount;
  private String currency;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private DealStage stage;

  private LocalDate expectedClose;
  private Instant closedAt;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version private Long version;

  protected Deal() {}

  static Deal open(UUID id, UUID customerId, DealInput input, Instant now) {
    Deal deal = new Deal();
    deal.id = id;
    deal.customerId = customerId;
    deal.createdAt = now;
    deal.stage = DealStage.OPEN;
    deal.apply(input, now);
    return deal;
  }

  /**
   * Takes every value of {@code input}; closing (WON, LOST) stamps closedAt, reopening clears it.
   */
  void apply(DealInput input, Instant now) {
    DealStage next = input.stage() == null ? stage : input.stage();
    if (next.isClosed() && (stage != next || closedAt == null)) {
      closedAt = now;
    } else if (!next.isClosed()) {
      closedAt = null;
    }
    title = input.title().strip();
    amount = input.amount();
    currency = input.currency() == null ? DealInput.DEFAULT_CURRENCY : input.currency();
    stage = next;
    expectedClose = input.expectedClose();
    updatedAt = now;
  }

  DealView view() {
    return new DealView(
        id,
        customerId,
        title,
        amount,
        currency,
        stage,
        expectedClose,
        closedAt,
        createdAt,
        updatedAt,
        version == null ? 0 : version);
  }

  UUID id() {
    return id;
  }

  UUID customerId() {
    return customerId;
  }

  DealStage stage() {
    return stage;
  }

  String title() {
    return title;
  }
}
