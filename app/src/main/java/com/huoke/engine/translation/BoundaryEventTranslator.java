package com.huoke.engine.translation;

import com.huoke.engine.translation.EventDefinitions.Classified;
import com.huoke.engine.translation.TimerDefinitions.Kind;
import java.util.EnumSet;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Timer (interrupting or not), message and error boundary events. Operaton's parser ignores
 * mappings on boundary events, so Zeebe output mappings here are refused rather than dropped.
 */
final class BoundaryEventTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("boundaryEvent");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of();
  }

  @Override
  public void translate(Element event, TranslationContext context) {
    if (Dom.attribute(event, "attachedToRef").isEmpty()) {
      context.reject(
          event,
          "Expected a boundary event to name its activity in attachedToRef, but it does not");
    }
    boolean interrupting = !"false".equals(event.getAttribute("cancelActivity").trim());
    Classified classified =
        EventDefinitions.classify(
            event,
            Set.of(EventDefinitions.TIMER, EventDefinitions.MESSAGE, EventDefinitions.ERROR),
            context);
    if (classified.isNone()) {
      context.reject(
          event,
          "Expected a timer, message or error definition on bpmn:boundaryEvent, but it has none");
    }
    classified
        .definition()
        .ifPresent(
            definition -> {
              if (classified.is(EventDefinitions.TIMER)) {
                Set<Kind> kinds = EnumSet.of(Kind.TIME_DATE, Kind.TIME_DURATION);
                if (!interrupting) {
                  kinds.add(Kind.TIME_CYCLE);
                }
                TimerDefinitions.translate(event, definition, kinds, true, context);
              } else if (classified.is(EventDefinitions.MESSAGE)) {
                MessageReferences.translate(event, definition, true, context);
              } else if (!interrupting) {
                context.reject(
                    event,
                    "Expected an error boundary event to interrupt, but cancelActivity is false");
              } else {
                ErrorReferences.check(event, definition, false, context);
              }
            });
  }
}
