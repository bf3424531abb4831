package com.huoke.privacy;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether the current caller may see personal data unmasked: only callers holding one of {@code
 * huoke.privacy.visible-to-roles} (authority {@code ROLE_<name>}). Everyone else, including
 * unauthenticated callers and background jobs, gets masked values.
 */
public final class PersonalDataAccess {

  private final Set<String> visibleToAuthorities;

  PersonalDataAccess(Set<String> visibleToRoles) {
    this.visibleToAuthorities =
        visibleToRoles.stream().map(role -> "ROLE_" + role).collect(Collectors.toUnmodifiableSet());
  }

  public boolean currentCallerMaySee() {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    return caller != null
        && caller.isAuthenticated()
        && caller.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .anyMatch(visibleToAuthorities::contains);
  }

  /** {@code value} itself for callers who may see it, otherwise {@code masking} applied to it. */
  public String reveal(String value, java.util.function.UnaryOperator<String> masking) {
    return currentCallerMaySee() ? value : masking.apply(value);
  }
}
