package com.huoke.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The caller of a request, from its verified access token: name = {@code sub} (the username),
 * authorities {@code ROLE_<role>} for each of {@code roles} and {@code GROUP_<group>} for each of
 * {@code groups} — the one form every feature reads from {@code SecurityContextHolder}.
 */
final class CallerAuthentication implements Converter<Jwt, AbstractAuthenticationToken> {

  static final String ROLE_PREFIX = "ROLE_";
  static final String GROUP_PREFIX = "GROUP_";

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Collection<GrantedAuthority> authorities = new ArrayList<>();
    for (String role : listClaim(jwt, AccessTokens.ROLES)) {
      authorities.add(new SimpleGrantedAuthority(ROLE_PREFIX + role));
    }
    for (String group : listClaim(jwt, AccessTokens.GROUPS)) {
      authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + group));
    }
    return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
  }

  private static List<String> listClaim(Jwt jwt, String name) {
    List<String> values = jwt.getClaimAsStringList(name);
    return values == null ? List.of() : values;
  }
}
