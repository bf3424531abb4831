package com.huoke.customer;

import com.huoke.contact.InvalidContactException;
import com.huoke.web.InvalidField;
import jakarta.persistence.OptimisticLockException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The customer API's own failures as RFC 7807 problem details, in the shape of the others. */
@RestControllerAdvice(basePackageClasses = CustomerProblems.class)
class CustomerProblems {

  @ExceptionHandler(IdentityTakenException.class)
  ProblemDetail identityTaken(IdentityTakenException ex) {
    ProblemDetail problem = conflict("customer_identity_taken", ex.getMessage());
    problem.setTitle("Customer exists");
    problem.setProperty("existingCustomerId", ex.existingCustomerId());
    problem.setProperty("existingCustomer", customerUri(ex.existingCustomerId()));
    problem.setProperty("matchedOn", ex.kinds());
    return problem;
  }

  @ExceptionHandler(CustomerMergedException.class)
  ProblemDetail merged(CustomerMergedException ex) {
    ProblemDetail problem = conflict("customer_merged", ex.getMessage());
    problem.setTitle("Customer merged");
    problem.setProperty("survivorId", ex.survivorId());
    problem.setProperty("survivor", customerUri(ex.survivorId()));
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException ex) {
    return conflict(ex.code(), ex.getMessage());
  }

  @ExceptionHandler({ObjectOptimisticLockingFailureException.class, OptimisticLockException.class})
  ProblemDetail stale(RuntimeException ex) {
    return conflict(
        "stale_customer",
        "Expected the customer as you last read it, but someone changed it since; read it again");
  }

  @ExceptionHandler(InvalidCustomerRequestException.class)
  ProblemDetail invalid(InvalidCustomerRequestException ex) {
    return invalidRequest(ex.errors());
  }

  @ExceptionHandler(InvalidContactException.class)
  ProblemDetail invalidContact(InvalidContactException ex) {
    return invalidRequest(List.of(new InvalidField(ex.field(), ex.reason())));
  }

  private static ProblemDetail invalidRequest(List<InvalidField> errors) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid request");
    problem.setDetail(
        "Expected a valid request, but %s: %s"
            .formatted(
                errors.size() == 1 ? "one field is invalid" : errors.size() + " fields are invalid",
                String.join(", ", errors.stream().map(InvalidField::field).toList())));
    problem.setProperty("code", "invalid_request");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail conflict(String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
    problem.setTitle("Conflict");
    problem.setProperty("code", code);
    return problem;
  }

  private static URI customerUri(UUID id) {
    return URI.create("/api/v1/customers/" + id);
  }
}
