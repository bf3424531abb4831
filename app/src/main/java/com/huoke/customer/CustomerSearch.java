package com.huoke.customer;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;

/**
 * The customer list's filters and order as a JPA specification over live customers. The order is
 * part of the specification because "customers without a value last" needs an expression that
 * Spring Data's {@code Sort} cannot carry (Hibernate's criteria API rejects NULLS LAST).
 */
final class CustomerSearch {

  private CustomerSearch() {}

  static Specification<Customer> matching(CustomerQuery query, CustomerSort sort) {
    return (root, criteria, cb) -> {
      if (!Long.class.equals(criteria.getResultType())) {
        Expression<Object> attribute = root.get(sort.attribute());
        boolean ascending = sort.direction().isAscending();
        criteria.orderBy(
            cb.asc(cb.selectCase().when(cb.isNull(attribute), 1).otherwise(0)),
            ascending ? cb.asc(attribute) : cb.desc(attribute),
            ascending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
      }
      List<Predicate> where = new ArrayList<>();
      where.add(cb.isNull(root.get("mergedIntoId")));
      if (query.stage() != null) {
        where.add(cb.equal(root.get("stage"), query.stage()));
      }
      if (query.owner() != null) {
        where.add(cb.equal(root.get("ownerUserId"), query.owner()));
      }
      if (query.minScore() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("score"), query.minScore()));
      }
      if (query.maxScore() != null) {
        where.add(cb.lessThanOrEqualTo(root.get("score"), query.maxScore()));
      }
      if (query.q() != null && !query.q().isBlank()) {
        String pattern = "%" + escape(query.q().strip().toLowerCase(Locale.ROOT)) + "%";
        where.add(
            cb.or(
                cb.like(cb.lower(root.get("name")), pattern, '\\'),
                cb.like(cb.lower(root.get("company").get("name")), pattern, '\\')));
      }
      if (query.tag() != null && !query.tag().isBlank()) {
        where.add(hasTag(root, criteria.subquery(Integer.class), cb, query.tag().strip()));
      }
      if (query.sourcePlatform() != null) {
        Subquery<Integer> fromPlatform = criteria.subquery(Integer.class);
        Root<CustomerSource> source = fromPlatform.from(CustomerSource.class);
        fromPlatform
            .select(cb.literal(1))
            .where(
                cb.equal(source.get("customerId"), root.get("id")),
                cb.equal(source.get("platform"), query.sourcePlatform()));
        where.add(cb.exists(fromPlatform));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  private static Predicate hasTag(
      Root<Customer> root, Subquery<Integer> tagged, CriteriaBuilder cb, String tag) {
    Root<Customer> same = tagged.correlate(root);
    MapJoin<Customer, UUID, Instant> tags = same.joinMap("tags");
    Root<Tag> known = tagged.from(Tag.class);
    List<Predicate> match = new ArrayList<>();
    match.add(cb.equal(tags.key(), known.get("id")));
    int colon = tag.indexOf(':');
    TagCategory category = colon > 0 ? category(tag.substring(0, colon)) : null;
    if (category != null) {
      match.add(cb.equal(known.get("category"), category));
      match.add(cb.equal(known.get("name"), tag.substring(colon + 1).strip()));
    } else {
      match.add(cb.equal(known.get("name"), tag));
    }
    tagged.select(cb.literal(1)).where(match.toArray(Predicate[]::new));
    return cb.exists(tagged);
  }

  private static TagCategory category(String text) {
    try {
      return TagCategory.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notACategory) {
      return null; // a name that happens to contain ':'
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
