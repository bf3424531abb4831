package com.huoke.engine.translation;

import com.huoke.engine.translation.EventDefinitions.Classified;
import java.util.Set;
import org.w3c.dom.Element;

/** None and error end events; Operaton takes input mappings here but no outputs. */
final class EndEventTranslator implements ElementTranslator {

  @Override
  public Set<String> elementTypes() {
    return Set.of("endEvent");
  }

  @Override
  public Set<String> zeebeExtensions() {
    return Set.of("ioMapping");
  }

  @Override
  public void translate(Element event, TranslationContext context) {
    Classified classified =
        EventDefinitions.classify(event, Set.of(EventDefinitions.ERROR), context);
    classified
        .definition()
        .ifPresent(definition -> ErrorReferences.check(event, definition, true, context));
    IoMappings.translate(event, IoMappings.Support.INPUTS_ONLY, context);
  }
}
