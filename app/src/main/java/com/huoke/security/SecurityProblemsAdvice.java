package com.huoke.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Sign-in and user management failures as problem details, each with a stable {@code code}. */
@RestControllerAdvice(basePackageClasses = AuthController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemsAdvice {

  @ExceptionHandler(BadCredentialsProblem.class)
  ProblemDetail badCredentials(BadCredentialsProblem ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
    problem.setTitle("Sign-in failed");
    problem.setProperty("code", "bad_credentials");
    return problem;
  }

  @ExceptionHandler(TooManySignInAttemptsException.class)
  ResponseEntity<ProblemDetail> tooManyAttempts(TooManySignInAttemptsException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
    problem.setTitle("Too many failed sign-ins");
    problem.setProperty("code", "too_many_sign_in_attempts");
    problem.setProperty("retryAfterSeconds", ex.retryAfterSeconds());
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
        .body(problem);
  }

  /** The refresh token is dead: so is the cookie holding it. */
  @ExceptionHandler(InvalidRefreshTokenException.class)
  ResponseEntity<ProblemDetail> invalidRefreshToken(
      InvalidRefreshTokenException ex, HttpServletRequest request) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, ex.getMessage());
    problem.setTitle("Not signed in");
    problem.setProperty("code", "invalid_refresh_token");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear(request))
        .body(problem);
  }

  @ExceptionHandler(InvalidUserRequestException.class)
  ProblemDetail invalidRequest(InvalidUserRequestException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    problem.setTitle("Invalid request");
    problem.setProperty("code", "invalid_request");
    problem.setProperty("errors", ex.errors());
    return problem;
  }

  @ExceptionHandler(UserConflictException.class)
  ProblemDetail conflict(UserConflictException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Conflict");
    problem.setProperty("code", ex.code());
    return problem;
  }
}
