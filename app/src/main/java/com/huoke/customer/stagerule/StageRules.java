package com.huoke.customer.stagerule;

import com.huoke.customer.CustomerLifecycle;
import com.huoke.customer.CustomerStage;
import com.huoke.customer.segment.SegmentCompiler;
import com.huoke.customer.segment.SegmentProperties;
import com.huoke.customer.segment.SegmentSqlBuilder;
import com.huoke.customer.segment.SegmentTagIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the stage rules (seed §2.2.2 客户阶段自动升降级规则): to one customer when it changed, and to every
 * customer a rule would move in a sweep (the nightly churn job), since time alone — 90 days without
 * activity — changes what matches. Every move goes through {@link CustomerLifecycle#moveToStage}
 * with the rule's name as the reason, so it is on the timeline.
 */
@Service
public class StageRules {

  private static final Logger log = LoggerFactory.getLogger(StageRules.class);
  static final int SWEEP_BATCH = 500;

  private final ConfiguredStageRules rules;
  private final CustomerLifecycle lifecycle;
  private final NamedParameterJdbcTemplate jdbc;
  private final SegmentCompiler compiler;
  private final TransactionTemplate ownTransaction;

  StageRules(
      ConfiguredStageRules rules,
      CustomerLifecycle lifecycle,
      NamedParameterJdbcTemplate jdbc,
      SegmentProperties segments,
      SegmentTagIds tagIds,
      PlatformTransactionManager transactions) {
    this.rules = rules;
    this.lifecycle = lifecycle;
    this.jdbc = jdbc;
    this.compiler = new SegmentCompiler(segments.zone(), tagIds::find);
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Moves the live customer where the rules say, in a transaction of its own holding the customer's
   * row; answers the new stage, or empty when it stays (or is no live customer).
   */
  public Optional<CustomerStage> apply(UUID customerId, Instant now) {
    List<StageRule> current = rules.current();
    if (current.isEmpty()) {
      return Optional.empty();
    }
    return ownTransaction.execute(status -> decideAndMove(customerId, current, now));
  }

  /**
   * Moves the live customer where the rules say, inside the caller's transaction (which must be
   * active); answers the new stage, or empty when it stays.
   */
  public Optional<CustomerStage> applyInCurrentTransaction(UUID customerId, Instant now) {
    List<StageRule> current = rules.current();
    return current.isEmpty() ? Optional.empty() : decideAndMove(customerId, current, now);
  }

  /**
   * Applies the rules to every live customer one of them would move, in batches; answers how many
   * moved. Each customer is decided and moved in its own transaction, so one failure costs one
   * customer, not the sweep.
   */
  public int sweep(Instant now) {
    List<StageRule> current = rules.current();
    if (current.isEmpty()) {
      return 0;
    }
    int moved = 0;
    UUID after = null;
    List<UUID> candidates;
    do {
      candidates = candidates(current, after, now);
      for (UUID id : candidates) {
        try {
          if (ownTransaction.execute(status -> decideAndMove(id, current, now)).isPresent()) {
            moved++;
          }
        } catch (RuntimeException e) {
          log.warn("Stage rules could not move customer {}: {}", id, e.toString());
        }
      }
      after = candidates.isEmpty() ? after : candidates.get(candidates.size() - 1);
    } while (candidates.size() == SWEEP_BATCH);
    return moved;
  }

  private Optional<CustomerStage> decideAndMove(UUID id, List<StageRule> current, Instant now) {
    MapSqlParameterSource key = new MapSqlParameterSource("id", id);
    // hold the row while deciding, so the decision is about the customer as it is moved
    List<UUID> locked =
        jdbc.queryForList(
            "select id from customers where id = :id and merged_into_id is null for update",
            key,
            UUID.class);
    if (locked.isEmpty()) {
      return Optional.empty();
    }
    SegmentSqlBuilder sql = new SegmentSqlBuilder();
    StringBuilder select = new StringBuilder("select c.stage");
    for (int i = 0; i < current.size(); i++) {
      select
          .append(", case when (")
          .append(compiler.where(current.get(i).condition(), sql, now))
          .append(") then 1 else 0 end as m")
          .append(i);
    }
    select.append(" from customers c where c.id = :id");
    Optional<StageRule> deciding =
        jdbc.query(
            select.toString(),
            sql.parameters().addValue("id", id),
            rs -> {
              rs.next();
              CustomerStage stage = CustomerStage.valueOf(rs.getString("stage"));
              List<StageRule> matching = new ArrayList<>();
              for (int i = 0; i < current.size(); i++) {
                if (rs.getInt("m" + i) == 1) {
                  matching.add(current.get(i));
                }
              }
              return StageRule.deciding(stage, matching);
            });
    return deciding
        .filter(rule -> lifecycle.moveToStage(id, rule.target(), rule.name()))
        .map(StageRule::target);
  }

  /** Live customers after {@code after} (by id) that at least one rule would move. */
  private List<UUID> candidates(List<StageRule> current, UUID after, Instant now) {
    SegmentSqlBuilder sql = new SegmentSqlBuilder();
    List<String> movable = new ArrayList<>();
    for (StageRule rule : current) {
      movable.add(
          "(c.stage in (%s) and (%s))"
              .formatted(
                  sql.bind(rule.movesFrom().stream().map(Enum::name).toList()),
                  compiler.where(rule.condition(), sql, now)));
    }
    MapSqlParameterSource parameters = sql.parameters().addValue("limit", SWEEP_BATCH);
    String from = "";
    if (after != null) {
      from = " and c.id > :after";
      parameters.addValue("after", after);
    }
    return jdbc.queryForList(
        ("select c.id from customers c where c.merged_into_id is null%s and (%s)"
                + " order by c.id fetch first :limit rows only")
            .formatted(from, String.join(" or ", movable)),
        parameters,
        UUID.class);
  }
}
