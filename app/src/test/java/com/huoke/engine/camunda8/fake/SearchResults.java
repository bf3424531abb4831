package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * Sorting and paging of search results as the API does them: {@code sort} by result fields, then
 * {@code from} or the opaque {@code after} cursor, and {@code limit} (default 100).
 */
final class SearchResults {

  private static final int DEFAULT_LIMIT = 100;

  private SearchResults() {}

  static ObjectNode page(List<ObjectNode> matches, JsonNode request) {
    List<ObjectNode> items = new ArrayList<>(matches);
    JsonNode sort = request.get("sort");
    if (sort != null && sort.isArray()) {
      Comparator<ObjectNode> order = null;
      for (JsonNode criterion : sort) {
        String field = criterion.get("field").asText();
        Comparator<ObjectNode> next = Comparator.comparing(n -> n.path(field).asText());
        if ("DESC".equals(criterion.path("order").asText("ASC"))) {
          next = next.reversed();
        }
        order = order == null ? next : order.thenComparing(next);
      }
      if (order != null) {
        items.sort(order);
      }
    }
    JsonNode page = request.path("page");
    int limit = page.path("limit").asInt(DEFAULT_LIMIT);
    int start = page.path("from").asInt(0);
    if (page.hasNonNull("after")) {
      start = decode(page.get("after").asText());
    }
    if (page.hasNonNull("before")) {
      throw new FakeProblem(501, "NOT_IMPLEMENTED", "The fake does not page backwards");
    }
    int end = Math.min(items.size(), start + limit);
    List<ObjectNode> slice = start >= end ? List.of() : items.subList(start, end);
    ObjectNode response = FakeRows.JSON.createObjectNode();
    response.putArray("items").addAll(slice);
    ObjectNode pageResponse = response.putObject("page");
    pageResponse.put("totalItems", items.size());
    pageResponse.put("hasMoreTotalItems", false);
    pageResponse.put("startCursor", slice.isEmpty() ? null : encode(start));
    pageResponse.put("endCursor", slice.isEmpty() ? null : encode(end));
    return response;
  }

  private static String encode(int position) {
    return Base64.getEncoder()
        .encodeToString(("{\"position\":" + position + "}").getBytes(StandardCharsets.UTF_8));
  }

  private static int decode(String cursor) {
    try {
      String json = new String(Base64.getDecoder().decode(cursor), StandardCharsets.UTF_8);
      return FakeRows.JSON.readTree(json).get("position").asInt();
    } catch (Exception e) {
      throw FakeProblem.invalidArgument("The provided cursor '%s' is invalid".formatted(cursor));
    }
  }
}
