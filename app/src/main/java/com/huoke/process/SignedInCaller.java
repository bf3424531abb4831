package com.huoke.process;

import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, as sign-in put it into Spring Security's context: the name is the username,
 * authorities {@code ROLE_<ROLE>} are roles and {@code GROUP_<group>} the task candidate groups.
 */
record SignedInCaller(String username, List<String> roles, List<String> groups) {

  private static final String ROLE = "ROLE_";
  private static final String GROUP = "GROUP_";

  /**
   * @throws NotSignedInException when no one is signed in
   */
  static SignedInCaller current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken
        || authentication.getName() == null) {
      throw new NotSignedInException();
    }
    List<String> authorities =
        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return new SignedInCaller(
        authentication.getName(), stripped(authorities, ROLE), stripped(authorities, GROUP));
  }

  boolean hasAnyRole(String... wanted) {
    for (String role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> stripped(List<String> authorities, String prefix) {
    return authorities.stream()
        .filter(a -> a.startsWith(prefix) && a.length() > prefix.length())
        .map(a -> a.substring(prefix.length()))
        .toList();
  }
}
