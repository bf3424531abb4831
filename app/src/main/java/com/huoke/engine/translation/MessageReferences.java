package com.huoke.engine.translation;

import com.huoke.engine.translation.TranslationContext.MessageDefinition;
import com.huoke.workers.embedded.TranslationConventions;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Resolves a {@code messageRef} and, for elements that wait for a message after the instance has
 * started, hands the message's correlation key to the runtime as an extension property.
 */
final class MessageReferences {

  private MessageReferences() {}

  /**
   * @param catchingElement the event or receive task that waits; it gets the property
   * @param referencing the element carrying {@code messageRef} (the event definition or the task)
   * @param needsCorrelationKey false for message start events, which Zeebe correlates by name only
   */
  static void translate(
      Element catchingElement,
      Element referencing,
      boolean needsCorrelationKey,
      TranslationContext context) {
    Optional<String> messageRef = Dom.attribute(referencing, "messageRef");
    if (messageRef.isEmpty()) {
      context.reject(
          catchingElement, "Expected a messageRef naming a bpmn:message, but there is none");
      return;
    }
    Optional<MessageDefinition> message = context.message(messageRef.get());
    if (message.isEmpty()) {
      context.reject(
          catchingElement,
          "Expected messageRef '%s' to name a bpmn:message, but no message has that id"
              .formatted(messageRef.get()));
      return;
    }
    if (!needsCorrelationKey) {
      return;
    }
    message
        .get()
        .correlationKey()
        .ifPresentOrElse(
            key ->
                OperatonExtensions.addProperty(
                    catchingElement, TranslationConventions.CORRELATION_KEY_PROPERTY, key),
            () ->
                context.reject(
                    catchingElement,
                    "Expected message '%s' to have a zeebe:subscription correlationKey, but it has none"
                        .formatted(message.get().name())));
  }
}
