package com.huoke.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as the problem details every other error is (code {@code unauthenticated}, {@code
 * invalid_token}, {@code forbidden}), never an HTML page or a browser's password dialog: the {@code
 * WWW-Authenticate} challenge is {@code Bearer} (RFC 6750), which browsers do not prompt for.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectMapper json;

  SecurityProblems(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    boolean invalidToken = failure instanceof InvalidBearerTokenException;
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNAUTHORIZED);
    problem.setTitle("Not signed in");
    if (invalidToken) {
      problem.setDetail(
          "Expected a valid access token, but it is not (%s): refresh it or sign in again"
              .formatted(failure.getMessage()));
      problem.setProperty("code", "invalid_token");
      response.setHeader(
          HttpHeaders.WWW_AUTHENTICATE,
          "Bearer error=\"invalid_token\", error_description=\"expired or invalid\"");
    } else {
      problem.setDetail(
          "Expected an access token (Authorization: Bearer …, from POST /api/v1/auth/login), but"
              + " the request has none");
      problem.setProperty("code", "unauthenticated");
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    write(request, response, problem);
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    List<String> roles =
        caller == null
            ? List.of()
            : caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(CallerAuthentication.ROLE_PREFIX))
                .map(authority -> authority.substring(CallerAuthentication.ROLE_PREFIX.length()))
                .sorted()
                .toList();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN,
            "Expected a role that may %s %s, but %s has %s"
                .formatted(
                    request.getMethod(),
                    request.getRequestURI(),
                    caller == null ? "the caller" : caller.getName(),
                    roles.isEmpty() ? "no role" : "only " + String.join(", ", roles)));
    problem.setTitle("Forbidden");
    problem.setProperty("code", "forbidden");
    write(request, response, problem);
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
