package com.huoke.testsupport;

import java.util.List;

/**
 * A signed-in caller for HTTP tests: {@code new JsonApi(port).as(caller)} sends requests as them.
 * Roles are the {@code ADMIN, MARKETER, AGENT, OPS, DEVELOPER} names, groups the task candidate
 * groups.
 */
public record Caller(String username, List<String> roles, List<String> groups) {

  public Caller {
    roles = List.copyOf(roles);
    groups = List.copyOf(groups);
  }
}
