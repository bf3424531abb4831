package com.huoke.process;

/**
 * Which tasks the tasklist shows: {@code MINE} assigned to the caller; {@code GROUPS} unassigned
 * and offered to one of the caller's groups or to the caller by name; {@code ALL} (ADMIN and OPS
 * only).
 */
enum TaskView {
  MINE,
  GROUPS,
  ALL;

  /** Accepts {@code mine}, {@code groups}, {@code all} in any case, as the query string has it. */
  static TaskView parse(String value) {
    for (TaskView view : values()) {
      if (view.name().equalsIgnoreCase(value.strip())) {
        return view;
      }
    }
    throw new InvalidParameterException("view", "must be one of mine, groups, all");
  }
}
