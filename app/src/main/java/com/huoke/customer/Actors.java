package com.huoke.customer;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting, for audit columns: the signed-in user's name, else {@code anonymous}. */
final class Actors {

  static final String SYSTEM = "system";
  static final String ANONYMOUS = "anonymous";

  private Actors() {}

  static String current() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    if (caller == null
        || !caller.isAuthenticated()
        || caller instanceof AnonymousAuthenticationToken
        || caller.getName() == null) {
      return ANONYMOUS;
    }
    return caller.getName();
  }
}
