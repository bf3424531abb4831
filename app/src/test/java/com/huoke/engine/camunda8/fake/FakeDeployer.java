package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;

/**
 * Checks deployment resources the way Zeebe does before it stores them: BPMN through Camunda's
 * model validators (the ones the broker runs), forms for their id; every failure goes into one
 * rejection listing each resource, in the broker's format.
 */
final class FakeDeployer {

  private FakeDeployer() {}

  /** A checked BPMN process or form, ready to be stored. */
  record Checked(String resourceName, String id, String name, boolean form, String content) {}

  static List<Checked> check(List<Multipart.Part> resources) {
    StringBuilder errors = new StringBuilder();
    List<Checked> checked = new ArrayList<>();
    Map<String, String> processResources = new HashMap<>();
    for (Multipart.Part resource : resources) {
      String name = resource.filename();
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        checkBpmn(resource, errors, checked, processResources);
      } else if (name.endsWith(".form")) {
        checkForm(resource, errors, checked);
      } else {
        errors
            .append("\n'")
            .append(name)
            .append("': Expected the resource to be a BPMN, DMN, form or RPA file, but it is not");
      }
    }
    if (!errors.isEmpty()) {
      throw FakeProblem.invalidArgument(
          "Expected to deploy new resources, but encountered the following errors:" + errors);
    }
    return checked;
  }

  private static void checkBpmn(
      Multipart.Part resource,
      StringBuilder errors,
      List<Checked> checked,
      Map<String, String> processResources) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
    } catch (RuntimeException e) {
      errors.append("\n'").append(resource.filename()).append("': ").append(e.getMessage());
      return;
    }
    String validation = validationErrors(model);
    if (!validation.isEmpty()) {
      errors.append("\n'").append(resource.filename()).append("': ").append(validation);
      return;
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      String other = processResources.put(process.getId(), resource.filename());
      if (other != null) {
        errors.append(
            "\nDuplicated process id in resources '%s' and '%s'"
                .formatted(other, resource.filename()));
      }
      checked.add(
          new Checked(
              resource.filename(), process.getId(), process.getName(), false, resource.text()));
    }
  }

  /** The broker's format: an {@code - Element:} line, then one line per error. */
  private static String validationErrors(BpmnModelInstance model) {
    StringBuilder text = new StringBuilder();
    var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS).getResults();
    results.forEach(
        (element, list) -> {
          List<ValidationResult> failures =
              list.stream().filter(r -> r.getType() == ValidationResultType.ERROR).toList();
          if (!failures.isEmpty()) {
            String id = element.getAttributeValue("id");
            text.append("- Element: ").append(id).append('\n');
            failures.forEach(f -> text.append("    - ERROR: ").append(f.getMessage()).append('\n'));
          }
        });
    return text.toString();
  }

  private static void checkForm(
      Multipart.Part resource, StringBuilder errors, List<Checked> checked) {
    try {
      JsonNode form = FakeRows.JSON.readTree(resource.content());
      JsonNode id = form.get("id");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        errors.append(
            "\n'%s': Expected the form to have an id, but none was found"
                .formatted(resource.filename()));
        return;
      }
      checked.add(new Checked(resource.filename(), id.asText(), null, true, resource.text()));
    } catch (java.io.IOException e) {
      errors.append("\n'%s': %s".formatted(resource.filename(), e.getMessage()));
    }
  }
}
