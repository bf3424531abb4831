package com.huoke.engine.translation;

import com.huoke.engine.translation.EventDefinitions.Classified;
import com.huoke.engine.translation.TimerDefinitions.Kind;
import java.util.Set;
import org.w3c.dom.Element;

/** Timer and message intermediate catch events, with their mappings. */
final class IntermediateCatchEventTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("intermediateCatchEvent");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of("ioMapping");
  }

  @Override
  public void translate(Element event, TranslationContext context) {
    Classified classified =
        EventDefinitions.classify(
            event, Set.of(EventDefinitions.TIMER, EventDefinitions.MESSAGE), context);
    if (classified.isNone()) {
      context.reject(
          event,
          "Expected a timer or message definition on bpmn:intermediateCatchEvent, but it has none");
    }
    classified
        .definition()
        .ifPresent(
            definition -> {
              if (classified.is(EventDefinitions.TIMER)) {
                TimerDefinitions.translate(
                    event, definition, Set.of(Kind.TIME_DATE, Kind.TIME_DURATION), true, context);
              } else {
                MessageReferences.translate(event, definition, true, context);
              }
            });
    IoMappings.translate(event, IoMappings.Support.INPUTS_AND_OUTPUTS, context);
  }
}
