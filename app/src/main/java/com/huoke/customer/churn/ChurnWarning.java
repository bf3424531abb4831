package com.huoke.customer.churn;

import com.huoke.customer.CustomerAtRisk;
import com.huoke.customer.CustomerChange;
import com.huoke.customer.CustomerChanged;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The churn warning (seed §2.2.2 流失预警): live customers without activity for {@code inactive-days}
 * get the warning tag, a timeline entry and a {@link CustomerAtRisk}; a customer active again loses
 * it. Flagging works on batches of rows with set-based SQL, each batch in a transaction of its own;
 * customer rows are locked first (skipping those another node holds), so two nodes checking at once
 * never flag one customer twice.
 */
@Service
public class ChurnWarning {

  private final NamedParameterJdbcTemplate jdbc;
  private final ChurnTag tag;
  private final ChurnTimeline timeline;
  private final ApplicationEventPublisher events;
  private final ChurnProperties properties;
  private final TransactionTemplate ownTransaction;

  ChurnWarning(
      NamedParameterJdbcTemplate jdbc,
      ChurnTag tag,
      ChurnTimeline timeline,
      ApplicationEventPublisher events,
      ChurnProperties properties,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.tag = tag;
    this.timeline = timeline;
    this.events = events;
    this.properties = properties;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Flags every live customer inactive since before {@code now − inactive-days}; answers how many.
   */
  public int flagInactive(Instant now) {
    UUID tagId = tag.id();
    int flagged = 0;
    int batch;
    do {
      batch = ownTransaction.execute(status -> flagBatch(tagId, now));
      flagged += batch;
    } while (batch > 0);
    return flagged;
  }

  /** Clears the warning of every flagged customer active again; answers how many. */
  public int clearActive(Instant now) {
    return tag.find().map(tagId -> clearAll(tagId, now)).orElse(0);
  }

  /**
   * Clears the customer's warning if it is active again, inside the caller's transaction (which
   * must be active); answers whether it had one.
   */
  public boolean clearIfActiveInCurrentTransaction(UUID customerId, Instant now) {
    return tag.find().map(tagId -> clear(tagId, List.of(customerId), now) == 1).orElse(false);
  }

  private int flagBatch(UUID tagId, Instant now) {
    MapSqlParameterSource query =
        new MapSqlParameterSource("tag", tagId)
            .addValue("cutoff", at(cutoff(now)))
            .addValue("limit", properties.batchSize());
    Map<UUID, Instant> inactive = new java.util.LinkedHashMap<>();
    jdbc.query(
        "select c.id, c.last_activity_at from customers c"
            + " where c.merged_into_id is null and c.last_activity_at < :cutoff"
            + " and not exists (select 1 from customer_tags ct"
            + " where ct.customer_id = c.id and ct.tag_id = :tag)"
            + " order by c.id fetch first :limit rows only for update skip locked",
        query,
        rs -> {
          inactive.put(
              rs.getObject("id", UUID.class),
              rs.getObject("last_activity_at", OffsetDateTime.class).toInstant());
        });
    if (inactive.isEmpty()) {
      return 0;
    }
    // a node that locked a row just before us may have flagged it since our query began
    Set<UUID> flag = new HashSet<>(inactive.keySet());
    flag.removeAll(tagged(tagId, inactive.keySet()));
    if (flag.isEmpty()) {
      return 0;
    }
    jdbc.update(
        "insert into customer_tags (customer_id, tag_id, added_at)"
            + " select c.id, :tag, :now from customers c where c.id in (:customers)",
        new MapSqlParameterSource("tag", tagId)
            .addValue("now", at(now))
            .addValue("customers", flag));
    timeline.record(
        flag,
        "Tagged %s: no activity for %d days"
            .formatted(properties.tagLabel(), properties.inactiveDays()),
        Map.of(
            "added", List.of(properties.tagLabel()),
            "removed", List.of(),
            "reason", "churn-warning",
            "inactiveDays", properties.inactiveDays()),
        now);
    for (UUID customer : flag) {
      events.publishEvent(
          new CustomerAtRisk(customer, inactive.get(customer), properties.inactiveDays(), now));
      events.publishEvent(new CustomerChanged(customer, CustomerChange.TAGS, now));
    }
    return flag.size();
  }

  private int clearAll(UUID tagId, Instant now) {
    int cleared = 0;
    List<UUID> active;
    UUID after = null;
    do {
      MapSqlParameterSource query =
          new MapSqlParameterSource("tag", tagId)
              .addValue("cutoff", at(cutoff(now)))
              .addValue("limit", properties.batchSize());
      String from = "";
      if (after != null) {
        from = " and c.id > :after";
        query.addValue("after", after);
      }
      active =
          jdbc.queryForList(
              ("select c.id from customers c join customer_tags ct on ct.customer_id = c.id"
                      + " where ct.tag_id = :tag and c.last_activity_at >= :cutoff%s"
                      + " order by c.id fetch first :limit rows only")
                  .formatted(from),
              query,
              UUID.class);
      List<UUID> batch = active;
      cleared += ownTransaction.execute(status -> clear(tagId, batch, now));
      after = active.isEmpty() ? after : active.get(active.size() - 1);
    } while (active.size() == properties.batchSize());
    return cleared;
  }

  /** Clears the warning of those of {@code customers} active since the cutoff. */
  private int clear(UUID tagId, Collection<UUID> customers, Instant now) {
    if (customers.isEmpty()) {
      return 0;
    }
    List<UUID> active =
        jdbc.queryForList(
            "select c.id from customers c where c.id in (:customers)"
                + " and c.last_activity_at >= :cutoff for update",
            new MapSqlParameterSource("customers", customers).addValue("cutoff", at(cutoff(now))),
            UUID.class);
    List<UUID> clear = new ArrayList<>(tagged(tagId, active));
    if (clear.isEmpty()) {
      return 0;
    }
    jdbc.update(
        "delete from customer_tags where tag_id = :tag and customer_id in (:customers)",
        new MapSqlParameterSource("tag", tagId).addValue("customers", clear));
    timeline.record(
        clear,
        "Untagged %s: active again".formatted(properties.tagLabel()),
        Map.of(
            "added", List.of(),
            "removed", List.of(properties.tagLabel()),
            "reason", "churn-warning"),
        now);
    clear.forEach(
        customer -> events.publishEvent(new CustomerChanged(customer, CustomerChange.TAGS, now)));
    return clear.size();
  }

  /** Those of {@code customers} that carry the warning tag. */
  private Set<UUID> tagged(UUID tagId, Collection<UUID> customers) {
    if (customers.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.queryForList(
            "select customer_id from customer_tags where tag_id = :tag"
                + " and customer_id in (:customers)",
            new MapSqlParameterSource("tag", tagId).addValue("customers", customers),
            UUID.class));
  }

  private Instant cutoff(Instant now) {
    return now.minus(properties.inactiveDays(), ChronoUnit.DAYS);
  }

  private static OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
