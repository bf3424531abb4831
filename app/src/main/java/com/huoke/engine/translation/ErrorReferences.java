package com.huoke.engine.translation;

import java.util.Optional;
import org.w3c.dom.Element;

/** Checks that an error event's {@code errorRef} names a {@code bpmn:error} Operaton can use. */
final class ErrorReferences {

  private ErrorReferences() {}

  /**
   * @param codeRequired true for error end events, which throw; a boundary event without a code
   *     catches every error
   */
  static void check(
      Element event, Element errorDefinition, boolean codeRequired, TranslationContext context) {
    Optional<String> errorRef = Dom.attribute(errorDefinition, "errorRef");
    if (errorRef.isEmpty()) {
      if (codeRequired) {
        context.reject(event, "Expected an errorRef naming a bpmn:error, but there is none");
      }
      return;
    }
    if (!context.hasError(errorRef.get())) {
      context.reject(
          event,
          "Expected errorRef '%s' to name a bpmn:error, but no error has that id"
              .formatted(errorRef.get()));
      return;
    }
    if (codeRequired && context.errorCode(errorRef.get()).isEmpty()) {
      context.reject(
          event,
          "Expected error '%s' to have a static errorCode, but it has none"
              .formatted(errorRef.get()));
    }
  }
}
