package com.huoke.engine.camunda8.fake;

import static com.huoke.engine.camunda8.fake.FakeRows.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.engine.camunda8.fake.FakeRows.FormRow;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessDefinitionRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code /v2/deployments} and {@code /v2/process-definitions/...}. */
final class DeploymentEndpoints {

  private final FakeEngineState state;
  private final RowFilter<ProcessDefinitionRow> filter;

  private DeploymentEndpoints(FakeEngineState state) {
    this.state = state;
    this.filter =
        new RowFilter<ProcessDefinitionRow>()
            .field("processDefinitionId", d -> d.processDefinitionId)
            .field("processDefinitionKey", d -> d.key)
            .field("name", d -> d.name)
            .field("version", d -> d.version)
            .field("resourceName", d -> d.resourceName)
            .custom(
                "isLatestVersion",
                (latest, d) ->
                    !latest.asBoolean()
                        || state.latestDefinition(d.processDefinitionId).orElseThrow() == d);
  }

  static void register(FakeCamundaServer server, FakeEngineState state) {
    DeploymentEndpoints endpoints = new DeploymentEndpoints(state);
    server.route("POST", "/v2/deployments", endpoints::deploy);
    server.route("POST", "/v2/process-definitions/search", endpoints::search);
    server.route("GET", "/v2/process-definitions/{processDefinitionKey}", endpoints::get);
    server.route("GET", "/v2/process-definitions/{processDefinitionKey}/xml", endpoints::xml);
  }

  private FakeResponse deploy(FakeRequest request) {
    List<Multipart.Part> parts = request.parts();
    for (Multipart.Part part : parts) {
      if (!part.name().equals("resources") && !part.name().equals("tenantId")) {
        throw FakeProblem.invalidArgument(
            "Request property [%s] cannot be parsed".formatted(part.name()));
      }
    }
    List<Multipart.Part> resources =
        parts.stream().filter(p -> p.name().equals("resources")).toList();
    if (resources.isEmpty()) {
      throw FakeProblem.invalidArgument("No resources provided.");
    }
    List<FakeDeployer.Checked> checked = FakeDeployer.check(resources);
    ObjectNode result = FakeRows.JSON.createObjectNode();
    result.put("deploymentKey", key(state.newKey()));
    result.put("tenantId", FakeRows.TENANT);
    ArrayNode deployments = result.putArray("deployments");
    for (FakeDeployer.Checked resource : checked) {
      ObjectNode metadata = deployments.addObject();
      if (resource.form()) {
        metadata.set("form", formJson(storeForm(resource)));
      } else {
        metadata.set("processDefinition", processJson(storeProcess(resource)));
      }
    }
    return FakeResponse.json(result);
  }

  /** A resource equal to the latest version is not a new version, as in Zeebe. */
  private ProcessDefinitionRow storeProcess(FakeDeployer.Checked resource) {
    Optional<ProcessDefinitionRow> latest = state.latestDefinition(resource.id());
    if (latest.isPresent() && latest.get().xml.equals(resource.content())) {
      return latest.get();
    }
    ProcessDefinitionRow row =
        new ProcessDefinitionRow(
            state.newKey(),
            resource.id(),
            resource.name(),
            latest.map(d -> d.version + 1).orElse(1),
            resource.resourceName(),
            resource.content());
    state.definitions.put(row.key, row);
    return row;
  }

  private FormRow storeForm(FakeDeployer.Checked resource) {
    Optional<FormRow> latest =
        state.forms.values().stream()
            .filter(f -> f.formId.equals(resource.id()))
            .max(Comparator.comparingInt(f -> f.version));
    if (latest.isPresent() && latest.get().schema.equals(resource.content())) {
      return latest.get();
    }
    FormRow row =
        new FormRow(
            state.newKey(),
            resource.id(),
            latest.map(f -> f.version + 1).orElse(1),
            resource.resourceName(),
            resource.content());
    state.forms.put(row.key, row);
    return row;
  }

  private static ObjectNode processJson(ProcessDefinitionRow row) {
    ObjectNode node = FakeRows.JSON.createObjectNode();
    node.put("processDefinitionId", row.processDefinitionId);
    node.put("processDefinitionVersion", row.version);
    node.put("resourceName", row.resourceName);
    node.put("tenantId", FakeRows.TENANT);
    node.put("processDefinitionKey", key(row.key));
    return node;
  }

  private static ObjectNode formJson(FormRow row) {
    ObjectNode node = FakeRows.JSON.createObjectNode();
    node.put("formId", row.formId);
    node.put("version", row.version);
    node.put("resourceName", row.resourceName);
    node.put("tenantId", FakeRows.TENANT);
    node.put("formKey", key(row.key));
    return node;
  }

  private FakeResponse search(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.PROCESS_DEFINITION_SEARCH);
    List<ObjectNode> items =
        state.definitions.values().stream()
            .filter(filter.compile(body.get("filter")))
            .map(ProcessDefinitionRow::toJson)
            .toList();
    return FakeResponse.json(SearchResults.page(items, body));
  }

  private FakeResponse get(FakeRequest request) {
    return FakeResponse.json(definition(request).toJson());
  }

  private FakeResponse xml(FakeRequest request) {
    return FakeResponse.text("text/xml", definition(request).xml);
  }

  private ProcessDefinitionRow definition(FakeRequest request) {
    long key = request.key("processDefinitionKey");
    return Optional.ofNullable(state.definitions.get(key))
        .orElseThrow(
            () ->
                FakeProblem.notFound("Process definition with key '%d' not found".formatted(key)));
  }
}
