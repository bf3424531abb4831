package com.huoke.engine.translation;

import java.util.List;

/** The Operaton-dialect rendering of one Camunda 8 BPMN file. */
public record TranslatedBpmn(String resourceName, byte[] operatonXml, List<String> processIds) {}
