package com.huoke.customer.segment;

import com.huoke.customer.TagRef;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ids of the tags a rule names. Segment SQL filters {@code customer_tags} by tag id rather than
 * joining {@code tags} by name: given the id, PostgreSQL estimates from that id's own statistics
 * how many customers carry the tag, where through the join it can only assume the average tag (on a
 * million customers the churn-warning tag has twice the average, and its anti-join spilled to
 * disk). Not cached: a tag created in a transaction that rolls back must not be remembered, and the
 * look-up is one probe of the (category, name) key.
 */
@Component
public class SegmentTagIds {

  private final NamedParameterJdbcTemplate jdbc;

  public SegmentTagIds(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The tag's id, or empty when no such tag exists (so no customer carries it). */
  public Optional<UUID> find(TagRef tag) {
    List<UUID> ids =
        jdbc.queryForList(
            "select id from tags where category = :category and name = :name",
            new MapSqlParameterSource()
                .addValue("category", tag.category().name())
                .addValue("name", tag.name()),
            UUID.class);
    return ids.stream().findFirst();
  }
}
