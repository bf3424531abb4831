package com.huoke.engine;

import java.util.List;

/** One page of a process instance search and how many instances match in all. */
public record ProcessInstancePage(List<ProcessInstance> items, long totalItems) {
  public ProcessInstancePage {
    items = List.copyOf(items);
  }
}
