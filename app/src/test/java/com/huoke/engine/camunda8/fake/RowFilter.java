package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The filter fields one search endpoint of the fake evaluates. A field the schema allows but the
 * fake does not evaluate is refused loudly, so no test passes on a filter that was ignored.
 */
final class RowFilter<R> {

  private final Map<String, BiPredicate<JsonNode, R>> fields = new HashMap<>();

  /** A field compared with {@link FilterMatcher} against the row's value. */
  RowFilter<R> field(String name, Function<R, Object> value) {
    fields.put(name, (filter, row) -> FilterMatcher.matches(filter, value.apply(row)));
    return this;
  }

  RowFilter<R> custom(String name, BiPredicate<JsonNode, R> test) {
    fields.put(name, test);
    return this;
  }

  Predicate<R> compile(JsonNode filter) {
    Predicate<R> all = row -> true;
    if (filter == null || filter.isNull()) {
      return all;
    }
    for (var it = filter.fields(); it.hasNext(); ) {
      var entry = it.next();
      if (entry.getValue().isNull() || (entry.getValue().isArray() && entry.getValue().isEmpty())) {
        continue; // the Java client sends unused list filters as []
      }
      BiPredicate<JsonNode, R> test = fields.get(entry.getKey());
      if (test == null) {
        throw new FakeProblem(
            501,
            "NOT_IMPLEMENTED",
            "The fake does not evaluate the filter field '%s'".formatted(entry.getKey()));
      }
      JsonNode value = entry.getValue();
      all = all.and(row -> test.test(value, row));
    }
    return all;
  }
}
