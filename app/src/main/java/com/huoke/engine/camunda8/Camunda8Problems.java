package com.huoke.engine.camunda8;

import com.huoke.engine.EngineNotFoundException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ProblemException;
import java.util.function.Supplier;

/**
 * Turns the problem details of the REST API into the gateway's exceptions: 404 is {@link
 * EngineNotFoundException}, 409 (wrong state) an {@link IllegalStateException}, 400 an {@link
 * IllegalArgumentException}; anything else stays the client's exception.
 */
final class Camunda8Problems {

  static final int NOT_FOUND = 404;
  static final int CONFLICT = 409;
  static final int BAD_REQUEST = 400;

  private Camunda8Problems() {}

  /** Runs one request about the {@code kind} with {@code key}, translating its failure. */
  static <T> T call(String kind, String key, Supplier<T> request) {
    try {
      return request.get();
    } catch (ClientHttpException e) {
      throw translate(kind, key, e);
    }
  }

  static RuntimeException translate(String kind, String key, ClientHttpException e) {
    return switch (e.code()) {
      case NOT_FOUND -> new EngineNotFoundException(kind, key);
      case CONFLICT -> new IllegalStateException(detail(e), e);
      case BAD_REQUEST -> new IllegalArgumentException(detail(e), e);
      default -> e;
    };
  }

  /** The engine's own sentence when it sent one, else the HTTP reason. */
  static String detail(ClientHttpException e) {
    if (e instanceof ProblemException problem
        && problem.details() != null
        && problem.details().getDetail() != null) {
      return problem.details().getDetail();
    }
    return e.getMessage();
  }
}
