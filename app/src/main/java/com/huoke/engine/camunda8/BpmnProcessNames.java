package com.huoke.engine.camunda8;

import com.huoke.engine.DeploymentResource;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the processes in deployed BPMN files. Zeebe's deployment response carries ids and
 * versions but no names, and its search index may not have the new definitions yet, so the names
 * are read from the XML that was sent.
 */
final class BpmnProcessNames {

  private BpmnProcessNames() {}

  /** Process id to name, for every process in the {@code .bpmn} resources that has a name. */
  static Map<String, String> of(List<DeploymentResource> resources) {
    Map<String, String> names = new HashMap<>();
    for (DeploymentResource resource : resources) {
      if (resource.name().endsWith(".bpmn")) {
        Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()))
            .getModelElementsByType(Process.class)
            .stream()
            .filter(process -> process.getName() != null)
            .forEach(process -> names.put(process.getId(), process.getName()));
      }
    }
    return names;
  }
}
