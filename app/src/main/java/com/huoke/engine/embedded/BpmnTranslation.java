package com.huoke.engine.embedded;

import com.huoke.engine.translation.TranslatedBpmn;

/** Turns a deployed {@code .bpmn} file into the Operaton dialect, or rejects it. */
@FunctionalInterface
interface BpmnTranslation {

  TranslatedBpmn translate(String resourceName, byte[] xml);
}
