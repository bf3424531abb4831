package com.huoke.testsupport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only stand-in for sign-in, which the app does not have yet: a request carrying {@value
 * #HEADER} runs as a signed-in user with that role, so HTTP tests can read personal data the way an
 * agent would. Lives in src/test: the running product has no such back door.
 */
@Component
public class TestCallerRoleFilter extends OncePerRequestFilter {

  public static final String HEADER = "X-Test-Role";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String role = request.getHeader(HEADER);
    if (role == null) {
      chain.doFilter(request, response);
      return;
    }
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                "test-" + role.toLowerCase(),
                null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
