package com.huoke.engine.camunda8;

import io.camunda.client.api.search.request.SearchRequestPage;
import io.camunda.client.api.search.response.SearchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads every page of a search by following the cursor the previous page ended on. */
final class Camunda8Paging {

  static final int PAGE_SIZE = 500;

  private Camunda8Paging() {}

  static <T> List<T> all(Function<Consumer<SearchRequestPage>, SearchResponse<T>> search) {
    List<T> items = new ArrayList<>();
    String cursor = null;
    while (true) {
      String after = cursor;
      SearchResponse<T> page =
          search.apply(
              p -> {
                p.limit(PAGE_SIZE);
                if (after != null) {
                  p.after(after);
                }
              });
      items.addAll(page.items());
      cursor = page.page() == null ? null : page.page().endCursor();
      if (page.items().size() < PAGE_SIZE || cursor == null) {
        return items;
      }
    }
  }
}
