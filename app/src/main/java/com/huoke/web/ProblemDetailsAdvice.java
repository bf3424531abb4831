package com.huoke.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.huoke.engine.EngineNotFoundException;
import com.huoke.engine.UnsupportedBpmnException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every REST error as RFC 7807 problem details with a stable {@code code}; request errors carry an
 * {@code errors} list of {field, message} so a client can point at the offending input.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<InvalidField> errors = new ArrayList<>();
    ex.getBindingResult()
        .getFieldErrors()
        .forEach(error -> errors.add(new InvalidField(error.getField(), messageOf(error))));
    ex.getBindingResult()
        .getGlobalErrors()
        .forEach(error -> errors.add(new InvalidField(error.getObjectName(), messageOf(error))));
    return invalidRequest(errors, headers);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<InvalidField> errors = new ArrayList<>();
    ex.getParameterValidationResults()
        .forEach(
            result ->
                result
                    .getResolvableErrors()
                    .forEach(
                        error ->
                            errors.add(
                                new InvalidField(
                                    result.getMethodParameter().getParameterName(),
                                    messageOf(error)))));
    return invalidRequest(errors, headers);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Unreadable request body");
    if (ex.getCause() instanceof JsonProcessingException json) {
      InvalidField error =
          new InvalidField(JsonProblems.fieldOf(json), JsonProblems.messageOf(json));
      problem.setDetail(
          error.field().isEmpty()
              ? "Expected a readable JSON body, but it is " + error.message()
              : "Expected a readable JSON body, but field '%s' %s"
                  .formatted(error.field(), error.message()));
      problem.setProperty("code", "malformed_json");
      problem.setProperty("errors", List.of(error));
    } else {
      problem.setDetail("Expected a JSON request body, but there is none or it is unreadable");
      problem.setProperty("code", "missing_body");
    }
    return ResponseEntity.badRequest().headers(headers).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
    String expected =
        ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
    String message = "must be a %s, but got '%s'".formatted(expected, ex.getValue());
    return invalidRequest(List.of(new InvalidField(name, message)), headers);
  }

  @ExceptionHandler(ResourceNotFoundException.class)
  ProblemDetail notFound(ResourceNotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Not found");
    problem.setProperty("code", ex.kind().replace(' ', '_') + "_not_found");
    return problem;
  }

  @ExceptionHandler(EngineNotFoundException.class)
  ProblemDetail engineNotFound(EngineNotFoundException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
    problem.setTitle("Not found");
    problem.setProperty("code", ex.kind().replace(' ', '_') + "_not_found");
    return problem;
  }

  @ExceptionHandler(UnsupportedBpmnException.class)
  ProblemDetail unsupportedBpmn(UnsupportedBpmnException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
    problem.setTitle("Unsupported BPMN");
    problem.setProperty("code", "unsupported_bpmn");
    problem.setProperty("resource", ex.resourceName());
    problem.setProperty(
        "errors",
        ex.rejections().stream()
            .map(r -> Map.of("elementId", r.elementId(), "reason", r.reason()))
            .toList());
    return problem;
  }

  private static ResponseEntity<Object> invalidRequest(
      List<InvalidField> errors, HttpHeaders headers) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
    problem.setTitle("Invalid request");
    problem.setDetail(
        "Expected a valid request, but %s: %s"
            .formatted(
                errors.size() == 1 ? "one field is invalid" : errors.size() + " fields are invalid",
                String.join(", ", errors.stream().map(InvalidField::field).toList())));
    problem.setProperty("code", "invalid_request");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest().headers(headers).body(problem);
  }

  private static String messageOf(MessageSourceResolvable error) {
    String message = error.getDefaultMessage();
    return message == null ? "is invalid" : message;
  }
}
