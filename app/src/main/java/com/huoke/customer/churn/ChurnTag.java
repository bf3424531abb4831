package com.huoke.customer.churn;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The warning tag ({@code STAGE:流失预警} unless configured otherwise), created on first use. Tags are
 * never deleted, so its id is remembered once found.
 */
@Component
class ChurnTag {

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final MapSqlParameterSource tag;
  private volatile UUID id;

  ChurnTag(
      NamedParameterJdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      ChurnProperties properties) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.tag =
        new MapSqlParameterSource("category", properties.tagCategory().name())
            .addValue("name", properties.tagName());
  }

  /** The tag's id, creating the tag if nobody has yet. */
  UUID id() {
    UUID known = id;
    if (known == null) {
      known = find().orElseGet(this::create);
      id = known;
    }
    return known;
  }

  /** The tag's id if it exists, without creating it. */
  java.util.Optional<UUID> find() {
    List<UUID> found =
        jdbc.queryForList(
            "select id from tags where category = :category and name = :name", tag, UUID.class);
    return found.stream().findFirst();
  }

  private UUID create() {
    try {
      // its own transaction: on PostgreSQL a duplicate key would abort the caller's
      ownTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into tags (id, category, name, created_at)"
                      + " values (:id, :category, :name, :now)",
                  new MapSqlParameterSource(tag.getValues())
                      .addValue("id", UUID.randomUUID())
                      .addValue("now", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))));
    } catch (DuplicateKeyException createdConcurrently) {
      // someone tagged a customer with it just now: theirs is the tag
    }
    return find().orElseThrow();
  }
}
