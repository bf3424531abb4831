package com.huoke.customer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tag of one category; (category, name) is unique. */
@Entity
@Table(name = "tags")
class Tag {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private TagCategory category;

  private String name;
  private Instant createdAt;

  protected Tag() {}

  UUID id() {
    return id;
  }

  TagCategory category() {
    return category;
  }

  String name() {
    return name;
  }

  TagRef ref() {
    return new TagRef(category, name);
  }
}
