package com.huoke.engine.embedded;

import com.huoke.engine.FormDefinition;
import com.huoke.engine.FormSchemas;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.Resource;

/**
 * Deployed form-js forms, read from the deployments' resources: Operaton keeps its own form table
 * internal, and user tasks resolve {@code formRef} to the latest form with that id, as this does. A
 * form's version counts its deployments with changed content (duplicate filtering re-deploys
 * unchanged forms beside a changed BPMN).
 */
final class EmbeddedForms {

  private final RepositoryService repository;

  EmbeddedForms(RepositoryService repository) {
    this.repository = repository;
  }

  List<FormDefinition> latest() {
    return List.copyOf(scan().values().stream().map(DeployedForm::definition).toList());
  }

  Optional<String> schema(String formId) {
    return Optional.ofNullable(scan().get(formId))
        .map(form -> new String(form.content(), StandardCharsets.UTF_8));
  }

  /** The latest form per id, oldest deployment first so later ones replace earlier ones. */
  private Map<String, DeployedForm> scan() {
    Map<String, DeployedForm> forms = new LinkedHashMap<>();
    for (Deployment deployment :
        repository.createDeploymentQuery().orderByDeploymentTime().asc().list()) {
      for (Resource resource : repository.getDeploymentResources(deployment.getId())) {
        if (!resource.getName().endsWith(".form")) {
          continue;
        }
        byte[] content = resource.getBytes();
        FormSchemas.formId(content)
            .ifPresent(
                formId -> {
                  DeployedForm previous = forms.get(formId);
                  if (previous != null && Arrays.equals(previous.content(), content)) {
                    return;
                  }
                  int version = previous == null ? 1 : previous.definition().version() + 1;
                  forms.put(
                      formId,
                      new DeployedForm(
                          new FormDefinition(
                              deployment.getId() + ":" + resource.getName(),
                              formId,
                              version,
                              resource.getName()),
                          content));
                });
      }
    }
    return forms;
  }

  private record DeployedForm(FormDefinition definition, byte[] content) {}
}
