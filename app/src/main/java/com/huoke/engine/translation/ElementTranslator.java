package com.huoke.engine.translation;

import java.util.Set;
import org.w3c.dom.Element;

/** Rewrites one family of BPMN elements from the Zeebe dialect to Operaton's, in place. */
interface ElementTranslator {

  /** Local names of the BPMN elements this translator takes ({@code serviceTask}, ...). */
  Set<String> elementTypes();

  /** Local names of the {@code zeebe:} extension elements it understands on them. */
  Set<String> zeebeExtensions();

  /** Rewrites the element; anything it cannot keep is reported to the context, never thrown. */
  void translate(Element element, TranslationContext context);
}
