package com.huoke.lead;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * Turns a {@link LeadQuery} into a JPA criteria query: its filters as one predicate, and its sort
 * keys as the order, leads without a value last whichever the direction (as PostgreSQL and H2
 * disagree on where nulls go, and Spring Data cannot say it through the criteria API).
 */
final class LeadSpecifications {

  private LeadSpecifications() {}

  static Specification<Lead> matching(LeadQuery query) {
    return (root, criteria, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!query.statuses().isEmpty()) {
        where.add(root.get("status").in(query.statuses()));
      }
      if (!query.platforms().isEmpty()) {
        where.add(root.get("sourcePlatform").in(query.platforms()));
      }
      if (query.sourceChannel() != null) {
        where.add(cb.equal(root.get("sourceChannel"), query.sourceChannel()));
      }
      if (query.sourceCampaign() != null) {
        where.add(cb.equal(root.get("sourceCampaign"), query.sourceCampaign()));
      }
      if (query.assignedTo() != null) {
        where.add(cb.equal(root.get("assignedTo"), query.assignedTo()));
      }
      if (query.hot() != null) {
        where.add(
            query.hot()
                ? cb.isTrue(root.get("hot"))
                : cb.or(cb.isFalse(root.get("hot")), cb.isNull(root.get("hot"))));
      }
      if (query.minScore() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("score"), query.minScore()));
      }
      if (query.maxScore() != null) {
        where.add(cb.lessThanOrEqualTo(root.get("score"), query.maxScore()));
      }
      if (query.createdFrom() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("createdAt"), query.createdFrom()));
      }
      if (query.createdTo() != null) {
        where.add(cb.lessThan(root.get("createdAt"), query.createdTo()));
      }
      if (query.text() != null) {
        String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("contactName")), pattern, '\\'),
                cb.like(cb.lower(root.get("company")), pattern, '\\')));
      }
      if (!Long.class.equals(criteria.getResultType())) {
        criteria.orderBy(orders(query, root, cb));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static List<Order> orders(LeadQuery query, Root<Lead> root, CriteriaBuilder cb) {
    List<LeadQuery.Order> keys =
        query.sort().isEmpty()
            ? List.of(new LeadQuery.Order(LeadQuery.Field.CREATED_AT, true))
            : query.sort();
    List<Order> orders = new ArrayList<>();
    for (LeadQuery.Order key : keys) {
      Expression<?> value = root.get(key.field().apiName());
      orders.add(cb.asc(cb.selectCase().when(cb.isNull(value), 1).otherwise(0)));
      orders.add(key.descending() ? cb.desc(value) : cb.asc(value));
    }
    // a unique last key keeps pages stable when the others tie
    orders.add(cb.desc(root.get("id")));
    return orders;
  }

  /** The text as a LIKE pattern matches it literally, {@code %} and {@code _} included. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
