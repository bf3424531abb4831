package com.huoke.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A custom customer attribute (seed §2.2.1 自定义字段): key, label, type and, for OPTION, options. */
@Entity
@Table(name = "custom_field_definitions")
class CustomFieldDefinition {

  @Id
  @Column(name = "field_key")
  private String key;

  private String label;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private CustomFieldType type;

  @JdbcTypeCode(SqlTypes.JSON)
  private List<String> options;

  private Instant createdAt;

  protected CustomFieldDefinition() {}

  static CustomFieldDefinition of(
      String key, String label, CustomFieldType type, List<String> options, Instant now) {
    CustomFieldDefinition definition = new CustomFieldDefinition();
    definition.key = key;
    definition.label = label;
    definition.type = type;
    definition.options = type == CustomFieldType.OPTION ? List.copyOf(options) : null;
    definition.createdAt = now;
    return definition;
  }

  String key() {
    return key;
  }

  String label() {
    return label;
  }

  CustomFieldType type() {
    return type;
  }

  List<String> options() {
    return options == null ? List.of() : options;
  }

  Instant createdAt() {
    return createdAt;
  }
}
