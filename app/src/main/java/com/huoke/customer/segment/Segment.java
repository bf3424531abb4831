package com.huoke.customer.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A saved segment (seed §2.2.1 客户分群): a name and its rules as the client wrote them. Its members
 * are not stored; they are whoever matches the rules when asked.
 */
@Entity
@Table(name = "customer_segments")
class Segment {

  @Id private UUID id;
  private String name;
  private String description;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, Object> rules;

  @Column(updatable = false)
  private Instant createdAt;

  private Instant updatedAt;

  @Version private Long version;

  protected Segment() {}

  static Segment create(
      UUID id, String name, String description, Map<String, Object> rules, Instant now) {
    Segment segment = new Segment();
    segment.id = id;
    segment.createdAt = now;
    segment.replace(name, description, rules, now);
    return segment;
  }

  void replace(String name, String description, Map<String, Object> rules, Instant now) {
    this.name = name;
    this.description = description;
    this.rules = rules;
    this.updatedAt = now;
  }

  SegmentView view() {
    return new SegmentView(
        id, name, description, rules, createdAt, updatedAt, version == null ? 0 : version);
  }

  UUID id() {
    return id;
  }

  String name() {
    return name;
  }

  Map<String, Object> rules() {
    return rules;
  }
}
