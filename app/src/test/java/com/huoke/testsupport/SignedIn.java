package com.huoke.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as a signed-in caller holding one role, as the web layer will once sign-in exists. */
public final class SignedIn {

  private SignedIn() {}

  /** The result of {@code work} run as {@code user} with {@code ROLE_<role>}. */
  public static <T> T as(String user, String role, Supplier<T> work) {
    TestingAuthenticationToken caller = new TestingAuthenticationToken(user, "", "ROLE_" + role);
    caller.setAuthenticated(true);
    SecurityContextHolder.getContext().setAuthentication(caller);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  /** As an agent, a role that sees personal data by default ({@code huoke.privacy}). */
  public static <T> T asAgent(Supplier<T> work) {
    return as("xiao.wang", "AGENT", work);
  }
}
