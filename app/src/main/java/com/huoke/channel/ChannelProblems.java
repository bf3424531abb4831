package com.huoke.channel;

import com.huoke.connectors.inbound.SignatureRejectedException;
import com.huoke.connectors.inbound.SourceNotAllowedException;
import com.huoke.connectors.inbound.UnsupportedContentTypeException;
import com.huoke.connectors.inbound.WebhookRejectedException;
import com.huoke.web.InvalidField;
import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The channel API's own failures as RFC 7807 problem details with a stable {@code code}; not-found
 * and request-body errors are left to the application-wide advice.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
    assignableTypes = {
      WebhookController.class,
      WebFormController.class,
      ChannelController.class,
      DeadLetterController.class,
      TrackingLinkController.class
    })
class ChannelProblems {

  @ExceptionHandler(WebhookRejectedException.class)
  ResponseEntity<ProblemDetail> rejected(WebhookRejectedException ex) {
    HttpStatus status;
    String title;
    if (ex instanceof SignatureRejectedException) {
      status = HttpStatus.UNAUTHORIZED;
      title = "Signature rejected";
    } else if (ex instanceof SourceNotAllowedException) {
      status = HttpStatus.FORBIDDEN;
      title = "Source not allowed";
    } else if (ex instanceof UnsupportedContentTypeException) {
      status = HttpStatus.UNSUPPORTED_MEDIA_TYPE;
      title = "Unsupported content type";
    } else {
      status = HttpStatus.BAD_REQUEST;
      title = "Undecodable payload";
    }
    return problem(status, title, ex.getMessage(), ex.code());
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException ex) {
    return problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "Payload too large",
        ex.getMessage(),
        PayloadTooLargeException.CODE);
  }

  @ExceptionHandler(DeadLetteredException.class)
  ResponseEntity<ProblemDetail> deadLettered(DeadLetteredException ex) {
    ResponseEntity<ProblemDetail> response =
        problem(HttpStatus.BAD_REQUEST, "Kept as a dead letter", ex.getMessage(), ex.code());
    response.getBody().setProperty("deadLetterId", ex.deadLetterId());
    withErrors(response.getBody(), ex.errors());
    return response;
  }

  @ExceptionHandler(ReceiverFailedException.class)
  ResponseEntity<ProblemDetail> receiverFailed(ReceiverFailedException ex) {
    ResponseEntity<ProblemDetail> response =
        problem(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Receiver failed",
            "Expected the receiver to decode the request, but it failed; the request is kept as a"
                + " dead letter",
            ReceiverFailedException.CODE);
    response.getBody().setProperty("deadLetterId", ex.deadLetterId());
    return response;
  }

  @ExceptionHandler(ReplayFailedException.class)
  ResponseEntity<ProblemDetail> replayFailed(ReplayFailedException ex) {
    ResponseEntity<ProblemDetail> response =
        problem(HttpStatus.UNPROCESSABLE_ENTITY, "Replay failed", ex.getMessage(), ex.code());
    response.getBody().setProperty("deadLetterId", ex.deadLetterId());
    withErrors(response.getBody(), ex.errors());
    return response;
  }

  @ExceptionHandler(DeadLetterNotOpenException.class)
  ResponseEntity<ProblemDetail> notOpen(DeadLetterNotOpenException ex) {
    return problem(
        HttpStatus.CONFLICT, "Dead letter not open", ex.getMessage(), "dead_letter_not_open");
  }

  // two replays of the same dead letter at once: the second loses on the version column
  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrentChange(OptimisticLockingFailureException ex) {
    return problem(
        HttpStatus.CONFLICT,
        "Changed concurrently",
        "Expected to change it alone, but another request changed it first; reload and retry",
        "concurrent_change");
  }

  @ExceptionHandler(InvalidChannelRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidChannelRequestException ex) {
    String fields = String.join(", ", ex.errors().stream().map(InvalidField::field).toList());
    ResponseEntity<ProblemDetail> response =
        problem(
            HttpStatus.BAD_REQUEST,
            "Invalid request",
            "Expected a valid request, but %s: %s"
                .formatted(
                    ex.errors().size() == 1
                        ? "one field is invalid"
                        : ex.errors().size() + " fields are invalid",
                    fields),
            "invalid_request");
    withErrors(response.getBody(), ex.errors());
    return response;
  }

  private static ResponseEntity<ProblemDetail> problem(
      HttpStatus status, String title, String detail, String code) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create("urn:huoke:problem:" + code));
    problem.setTitle(title);
    problem.setProperty("code", code);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static void withErrors(ProblemDetail problem, List<InvalidField> errors) {
    if (!errors.isEmpty()) {
      problem.setProperty("errors", errors);
    }
  }
}
