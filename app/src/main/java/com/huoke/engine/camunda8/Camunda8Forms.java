package com.huoke.engine.camunda8;

import com.huoke.engine.DeploymentResource;
import com.huoke.engine.FormDefinition;
import io.camunda.client.api.response.Form;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The forms this app deployed since it started, with the schemas it sent. Camunda 8.8's REST API
 * offers a task's form but no form search and no form by id, so the form list is what passed
 * through the gateway — the bundled forms are deployed at every start, so they are always in it.
 */
final class Camunda8Forms {

  private final Map<String, Known> latestById = new ConcurrentHashMap<>();

  /** Remembers the forms of a deployment the cluster accepted. */
  List<FormDefinition> deployed(List<Form> forms, List<DeploymentResource> resources) {
    return forms.stream()
        .map(
            form -> {
              FormDefinition definition =
                  new FormDefinition(
                      Long.toString(form.getFormKey()),
                      form.getFormId(),
                      form.getVersion(),
                      form.getResourceName());
              String schema = schemaOf(form.getResourceName(), resources);
              latestById.merge(
                  form.getFormId(),
                  new Known(definition, schema),
                  (old, next) ->
                      next.definition().version() >= old.definition().version() ? next : old);
              return definition;
            })
        .toList();
  }

  List<FormDefinition> latest() {
    return latestById.values().stream()
        .map(Known::definition)
        .sorted(Comparator.comparing(FormDefinition::formId))
        .toList();
  }

  Optional<String> schema(String formId) {
    return Optional.ofNullable(latestById.get(formId)).map(Known::schema);
  }

  private static String schemaOf(String resourceName, List<DeploymentResource> resources) {
    return resources.stream()
        .filter(r -> r.name().equals(resourceName))
        .findFirst()
        .map(r -> new String(r.content(), StandardCharsets.UTF_8))
        .orElse(null);
  }

  private record Known(FormDefinition definition, String schema) {}
}
