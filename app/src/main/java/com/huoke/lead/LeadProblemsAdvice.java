package com.huoke.lead;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The lead API's own failures as RFC 7807 problem details, each with a stable {@code code}. */
@RestControllerAdvice(basePackageClasses = LeadController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LeadProblemsAdvice {

  @ExceptionHandler(InvalidLeadRequestException.class)
  ProblemDetail invalidRequest(InvalidLeadRequestException ex) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid request");
    problem.setDetail(ex.getMessage());
    problem.setProperty("code", "invalid_request");
    problem.setProperty("errors", ex.errors());
    return problem;
  }

  @ExceptionHandler(LeadVersionRequiredException.class)
  ProblemDetail versionRequired(LeadVersionRequiredException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
    problem.setTitle("Version required");
    problem.setProperty("code", "lead_version_required");
    return problem;
  }

  @ExceptionHandler(LeadVersionMismatchException.class)
  ProblemDetail versionMismatch(LeadVersionMismatchException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            ex.fromIfMatch() ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT,
            ex.getMessage());
    problem.setTitle("Lead changed");
    problem.setProperty("code", "lead_version_mismatch");
    problem.setProperty("currentVersion", ex.currentVersion());
    return problem;
  }

  /** Two edits raced between reading and writing the lead: the later one loses. */
  @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(ObjectOptimisticLockingFailureException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "Expected to save the lead, but it was changed at the same time: load it again and"
                + " redo the change");
    problem.setTitle("Lead changed");
    problem.setProperty("code", "lead_version_mismatch");
    return problem;
  }

  @ExceptionHandler(LeadNotConvertibleException.class)
  ProblemDetail notConvertible(LeadNotConvertibleException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setTitle("Lead not convertible");
    problem.setProperty("code", "lead_not_convertible");
    problem.setProperty("status", ex.status());
    return problem;
  }
}
