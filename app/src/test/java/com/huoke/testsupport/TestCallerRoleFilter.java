package com.huoke.testsupport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only stand-in for sign-in, which the app does not have yet. A request carrying {@value
 * #USER_HEADER} runs as that user with the roles of {@value #ROLES_HEADER} ({@code ROLE_<role>})
 * and the groups of {@value #GROUPS_HEADER} ({@code GROUP_<group>}), comma-separated, as {@link
 * JsonApi#as(Caller)} sends them; one carrying only {@value #HEADER} runs as {@code test-<role>}
 * with that role, so HTTP tests can read personal data the way an agent would. Lives in src/test:
 * the running product has no such back door.
 */
@Component
public class TestCallerRoleFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Test-Role";
  public static final String USER_HEADER = "X-Test-User";
  public static final String ROLES_HEADER = "X-Test-Roles";
  public static final String GROUPS_HEADER = "X-Test-Groups";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String user = request.getHeader(USER_HEADER);
    String role = request.getHeader(HEADER);
    if (user == null && role == null) {
      chain.doFilter(request, response);
      return;
    }
    List<GrantedAuthority> authorities = new ArrayList<>();
    String name;
    if (user != null) {
      name = user;
      names(request.getHeader(ROLES_HEADER))
          .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
      names(request.getHeader(GROUPS_HEADER))
          .forEach(g -> authorities.add(new SimpleGrantedAuthority("GROUP_" + g)));
    } else {
      name = "test-" + role.toLowerCase();
      authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
    }
    SecurityContextHolder.getContext()
        .setAuthentication(new UsernamePasswordAuthenticationToken(name, null, authorities));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private static List<String> names(String header) {
    if (header == null) {
      return List.of();
    }
    return Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
