package com.huoke.process;

import java.util.List;

/** One page of a list, in the shape every paged list of the API has (as {@code LeadPage}). */
record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  static <T> PageOf<T> of(List<T> items, int page, int size, long totalItems) {
    return new PageOf<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
  }
}
