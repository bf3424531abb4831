package com.huoke.engine.embedded;

import com.huoke.engine.translation.TranslatedBpmn;
import java.io.ByteArrayInputStream;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.instance.Process;

/** Takes BPMN that is already in Operaton's dialect as it is. */
final class OperatonDialectTranslation implements BpmnTranslation {

  @Override
  public TranslatedBpmn translate(String resourceName, byte[] xml) {
    var processIds =
        Bpmn.readModelFromStream(new ByteArrayInputStream(xml))
            .getModelElementsByType(Process.class)
            .stream()
            .map(Process::getId)
            .toList();
    return new TranslatedBpmn(resourceName, xml, processIds);
  }
}
