package com.huoke.security;

/**
 * What a user may do (CONSOLE-API.md role matrix); a caller holds authority {@code ROLE_<name>} for
 * each of its roles.
 */
public enum Role {
  /** Everything, including users. */
  ADMIN,
  /** Leads, customers and campaigns; designs and deploys processes. */
  MARKETER,
  /** Sales and service: leads, customers, inbox, tasks; sees personal data by default. */
  AGENT,
  /** Runs the platform: channels, process instances and incidents. */
  OPS,
  /** Integrations: channels, processes, deployments, instances. */
  DEVELOPER;

  /** The Spring Security authority of this role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
