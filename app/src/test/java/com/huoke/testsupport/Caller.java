package com.huoke.testsupport;

import java.util.List;

/**
 * Who an HTTP test acts as: a user name with roles ({@code ADMIN, MARKETER, AGENT, OPS, DEVELOPER})
 * and task groups, sent as a real access token signed by {@link TestTokens} ({@link
 * JsonApi#as(Caller)}). The user need not exist: the app trusts the token, as it does in
 * production.
 */
public record Caller(String username, List<String> roles, List<String> groups) {

  /** The test databases' first admin (it exists, so {@code /api/v1/auth/me} finds it). */
  public static final Caller ADMIN = admin("admin");

  public static final Caller MARKETER = marketer("mei.li");
  public static final Caller AGENT = agent("xiao.wang", "sales");
  public static final Caller OPS = ops("lao.zhao");
  public static final Caller DEVELOPER = developer("dev.chen");

  public Caller {
    roles = List.copyOf(roles);
    groups = List.copyOf(groups);
  }

  public static Caller admin(String username, String... groups) {
    return of(username, "ADMIN", groups);
  }

  public static Caller marketer(String username, String... groups) {
    return of(username, "MARKETER", groups);
  }

  public static Caller agent(String username, String... groups) {
    return of(username, "AGENT", groups);
  }

  public static Caller ops(String username, String... groups) {
    return of(username, "OPS", groups);
  }

  public static Caller developer(String username, String... groups) {
    return of(username, "DEVELOPER", groups);
  }

  /** {@code username} with one role and the given groups. */
  public static Caller of(String username, String role, String... groups) {
    return new Caller(username, List.of(role), List.of(groups));
  }

  /** The same user in {@code groups} instead. */
  public Caller inGroups(String... groups) {
    return new Caller(username, roles, List.of(groups));
  }
}
