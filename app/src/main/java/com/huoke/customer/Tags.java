package com.huoke.customer;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Finds a tag by category and name, creating it once even when two requests race for it. */
@Component
class Tags {

  private static final InsertIfAbsent.Table TABLE =
      new InsertIfAbsent.Table(
          "tags",
          List.of(
              "id uuid",
              "category varchar(16)",
              "name varchar(100)",
              "created_at timestamp(6) with time zone"),
          List.of("category", "name"));

  private final TagRepository tags;
  private final InsertIfAbsent insertIfAbsent;

  Tags(TagRepository tags, InsertIfAbsent insertIfAbsent) {
    this.tags = tags;
    this.insertIfAbsent = insertIfAbsent;
  }

  Tag findOrCreate(TagRef ref, Instant now) {
    return tags.findByCategoryAndName(ref.category(), ref.name())
        .orElseGet(
            () -> {
              insertIfAbsent.insert(
                  TABLE,
                  UUID.randomUUID(),
                  ref.category().name(),
                  ref.name(),
                  OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
              return tags.findByCategoryAndName(ref.category(), ref.name()).orElseThrow();
            });
  }
}
