package com.huoke.engine.camunda8;

import com.huoke.engine.DeploymentProblem;
import com.huoke.engine.DeploymentResource;
import com.huoke.engine.FormSchemas;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResultType;

/**
 * The deploy-time checks of Camunda 8 without a deployment: the Orchestration Cluster API has no
 * dry run, but Zeebe checks a model with the BPMN schema and its design-time validators, which ship
 * in the model library this runs, so the answer matches the cluster's without touching it.
 */
final class Camunda8ModelValidation {

  private Camunda8ModelValidation() {}

  static List<DeploymentProblem> validate(List<DeploymentResource> resources) {
    List<DeploymentProblem> problems = new ArrayList<>();
    for (DeploymentResource resource : resources) {
      String name = resource.name();
      if (name.endsWith(".bpmn")) {
        problems.addAll(bpmn(resource));
      } else if (name.endsWith(".form")) {
        FormSchemas.problem(resource.content())
            .ifPresent(message -> problems.add(new DeploymentProblem(name, null, message)));
      } else {
        problems.add(
            new DeploymentProblem(
                name, null, "Expected a .bpmn or .form resource, but got '%s'".formatted(name)));
      }
    }
    return problems;
  }

  private static List<DeploymentProblem> bpmn(DeploymentResource resource) {
    String name = resource.name();
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource.content()));
      Bpmn.validateModel(model);
    } catch (ModelException e) {
      return List.of(new DeploymentProblem(name, null, e.getMessage()));
    }
    List<DeploymentProblem> problems = new ArrayList<>();
    model
        .validate(ZeebeDesignTimeValidators.VALIDATORS)
        .getResults()
        .forEach(
            (element, results) ->
                results.stream()
                    .filter(result -> result.getType() == ValidationResultType.ERROR)
                    .forEach(
                        result ->
                            problems.add(
                                new DeploymentProblem(
                                    name, elementId(element), result.getMessage()))));
    return problems;
  }

  private static String elementId(ModelElementInstance element) {
    String id = element.getAttributeValue("id");
    return id != null ? id : element.getElementType().getTypeName();
  }
}
