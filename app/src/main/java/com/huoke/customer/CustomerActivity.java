package com.huoke.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One entry of a customer's timeline. Summaries and details never hold personal data in clear: they
 * name fields and use masked values.
 */
@Entity
@Table(name = "customer_activities")
class CustomerActivity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private UUID customerId;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private ActivityType type;

  private Instant occurredAt;
  private String summary;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> details;

  private UUID leadId;
  private String actor;

  protected CustomerActivity() {}

  static CustomerActivity of(UUID customerId, NewActivity activity, String actor) {
    CustomerActivity entry = new CustomerActivity();
    entry.customerId = customerId;
    entry.type = activity.type();
    entry.occurredAt = activity.occurredAt();
    entry.summary = activity.summary();
    entry.details = activity.details().isEmpty() ? null : activity.details();
    entry.leadId = activity.leadId();
    entry.actor = actor;
    return entry;
  }

  Long id() {
    return id;
  }

  UUID customerId() {
    return customerId;
  }

  ActivityType type() {
    return type;
  }

  Instant occurredAt() {
    return occurredAt;
  }

  String summary() {
    return summary;
  }

  Map<String, Object> details() {
    return details == null ? Map.of() : details;
  }

  UUID leadId() {
    return leadId;
  }

  String actor() {
    return actor;
  }
}
