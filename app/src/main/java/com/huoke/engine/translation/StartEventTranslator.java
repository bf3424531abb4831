package com.huoke.engine.translation;

import com.huoke.engine.translation.EventDefinitions.Classified;
import com.huoke.engine.translation.TimerDefinitions.Kind;
import java.util.Set;
import org.w3c.dom.Element;

/** None, timer and message start events. Operaton ignores mappings here, so none are accepted. */
final class StartEventTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("startEvent");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of();
  }

  @Override
  public void translate(Element event, TranslationContext context) {
    Classified classified =
        EventDefinitions.classify(
            event, Set.of(EventDefinitions.TIMER, EventDefinitions.MESSAGE), context);
    classified
        .definition()
        .ifPresent(
            definition -> {
              if (classified.is(EventDefinitions.TIMER)) {
                // a start timer is evaluated at deploy, without an execution for the feel bean
                TimerDefinitions.translate(
                    event, definition, Set.of(Kind.TIME_DATE, Kind.TIME_CYCLE), false, context);
              } else {
                MessageReferences.translate(event, definition, false, context);
              }
            });
  }
}
