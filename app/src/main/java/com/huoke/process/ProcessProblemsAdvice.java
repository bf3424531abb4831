package com.huoke.process;

import com.huoke.engine.EngineConflictException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The process API's own failures as RFC 7807 problem details with a stable {@code code}; unknown
 * keys (404) and bad input (400) are answered by the app-wide {@code ProblemDetailsAdvice}. No
 * handler here takes a JDK exception type: Spring matches handlers against causes too, and this
 * advice comes first, so one would shadow the app-wide handlers of wrapped failures.
 */
@RestControllerAdvice(basePackageClasses = ProcessProblemsAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProcessProblemsAdvice {

  @ExceptionHandler(DeploymentRejectedException.class)
  ProblemDetail rejected(DeploymentRejectedException ex) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Not deployable", ex.getMessage());
    problem.setProperty("code", "deployment_rejected");
    problem.setProperty("problems", ex.problems());
    return problem;
  }

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalidParameter(InvalidParameterException ex) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", ex.getMessage());
    problem.setProperty("code", "invalid_request");
    problem.setProperty("errors", List.of(ex.error()));
    return problem;
  }

  @ExceptionHandler(TaskHeldException.class)
  ProblemDetail held(TaskHeldException ex) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "User task held", ex.getMessage());
    problem.setProperty("code", "user_task_held");
    problem.setProperty("assignee", ex.assignee());
    return problem;
  }

  /** The engine refused because the state moved on (a claim raced, an entity changed). */
  @ExceptionHandler(EngineConflictException.class)
  ProblemDetail engineConflict(EngineConflictException ex) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
    problem.setProperty("code", "engine_conflict");
    return problem;
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException ex) {
    ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
    problem.setProperty("code", "forbidden");
    return problem;
  }

  @ExceptionHandler(NotSignedInException.class)
  ProblemDetail notSignedIn(NotSignedInException ex) {
    ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "Not signed in", ex.getMessage());
    problem.setProperty("code", "not_signed_in");
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
