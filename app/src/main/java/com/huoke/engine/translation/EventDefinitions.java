package com.huoke.engine.translation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/** Finds an event's single event definition and refuses the kinds the event type cannot have. */
final class EventDefinitions {

  static final String TIMER = "timerEventDefinition";
  static final String MESSAGE = "messageEventDefinition";
  static final String ERROR = "errorEventDefinition";

  private EventDefinitions() {}

  /**
   * The event's single definition, empty for a none event. A definition of a kind outside {@code
   * allowed}, or more than one, is reported to the context and gives {@link Classified#REJECTED}.
   */
  static Classified classify(Element event, Set<String> allowed, TranslationContext context) {
    List<Element> definitions =
        Dom.children(event).stream()
            .filter(child -> Namespaces.BPMN.equals(child.getNamespaceURI()))
            .filter(
                child ->
                    child.getLocalName().endsWith("EventDefinition")
                        || child.getLocalName().equals("eventDefinitionRef"))
            .toList();
    if (definitions.size() > 1) {
      context.reject(
          event,
          "Expected at most one event definition, but found %d".formatted(definitions.size()));
      return Classified.REJECTED;
    }
    if (definitions.isEmpty()) {
      return new Classified(Optional.empty(), false);
    }
    Element definition = definitions.get(0);
    if (!allowed.contains(definition.getLocalName())) {
      boolean supportedElsewhere =
          Set.of(TIMER, MESSAGE, ERROR).contains(definition.getLocalName());
      context.reject(
          event,
          supportedElsewhere
              ? "%s on %s is not supported by the embedded engine"
                  .formatted(Dom.displayName(definition), Dom.displayName(event))
              : "%s is not supported by the embedded engine"
                  .formatted(Dom.displayName(definition)));
      return Classified.REJECTED;
    }
    return new Classified(Optional.of(definition), false);
  }

  /** An event's definition (empty for a none event), or a rejection already reported. */
  record Classified(Optional<Element> definition, boolean rejected) {

    static final Classified REJECTED = new Classified(Optional.empty(), true);

    boolean isNone() {
      return !rejected && definition.isEmpty();
    }

    boolean is(String localName) {
      return definition.filter(element -> element.getLocalName().equals(localName)).isPresent();
    }
  }
}
