package com.huoke.engine.camunda8.fake;

import static com.huoke.engine.camunda8.fake.FakeRows.key;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.engine.camunda8.fake.FakeRows.ElementInstanceRow;
import com.huoke.engine.camunda8.fake.FakeRows.MessageRow;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessDefinitionRow;
import com.huoke.engine.camunda8.fake.FakeRows.ProcessInstanceRow;
import com.huoke.engine.camunda8.fake.FakeRows.VariableRow;
import java.util.List;
import java.util.Optional;

/**
 * Process instances (create, search, get, cancel), their element instances and variables, and
 * message publication.
 */
final class ProcessInstanceEndpoints {

  /** The length past which search results truncate variable values, as the real API does. */
  static final int TRUNCATE_AT = 8191;

  private final FakeEngineState state;
  private final RowFilter<ProcessInstanceRow> instanceFilter;
  private final RowFilter<ElementInstanceRow> elementFilter =
      new RowFilter<ElementInstanceRow>()
          .field("processInstanceKey", e -> e.instance.key)
          .field("processDefinitionKey", e -> e.instance.definition.key)
          .field("processDefinitionId", e -> e.instance.definition.processDefinitionId)
          .field("elementId", e -> e.elementId)
          .field("elementInstanceKey", e -> e.key)
          .field("type", e -> e.type)
          .field("state", e -> e.state);
  private final RowFilter<VariableRow> variableFilter =
      new RowFilter<VariableRow>()
          .field("name", v -> v.name)
          .field("value", v -> v.value)
          .field("scopeKey", v -> v.scopeKey)
          .field("processInstanceKey", v -> v.processInstanceKey)
          .field("variableKey", v -> v.key);

  private ProcessInstanceEndpoints(FakeEngineState state) {
    this.state = state;
    this.instanceFilter =
        new RowFilter<ProcessInstanceRow>()
            .field("processInstanceKey", p -> p.key)
            .field("processDefinitionId", p -> p.definition.processDefinitionId)
            .field("processDefinitionKey", p -> p.definition.key)
            .field("processDefinitionVersion", p -> p.definition.version)
            .field("state", p -> p.state)
            .field("startDate", p -> p.startDate)
            .field("endDate", p -> p.endDate)
            .field("hasIncident", state::hasActiveIncident)
            .custom("variables", this::hasVariables);
  }

  static void register(FakeCamundaServer server, FakeEngineState state) {
    ProcessInstanceEndpoints endpoints = new ProcessInstanceEndpoints(state);
    server.route("POST", "/v2/process-instances", endpoints::create);
    server.route("POST", "/v2/process-instances/search", endpoints::search);
    server.route("GET", "/v2/process-instances/{processInstanceKey}", endpoints::get);
    server.route(
        "POST", "/v2/process-instances/{processInstanceKey}/cancellation", endpoints::cancel);
    server.route("POST", "/v2/element-instances/search", endpoints::searchElements);
    server.route("POST", "/v2/variables/search", endpoints::searchVariables);
    server.route("POST", "/v2/messages/publication", endpoints::publish);
  }

  private FakeResponse create(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.CREATE_PROCESS_INSTANCE);
    ProcessDefinitionRow definition = definitionToStart(body);
    ProcessInstanceRow instance = state.createInstance(definition);
    state.mergeIntoInstance(instance, body.get("variables"));
    ObjectNode result = FakeRows.JSON.createObjectNode();
    result.put("processDefinitionId", definition.processDefinitionId);
    result.put("processDefinitionVersion", definition.version);
    result.put("tenantId", FakeRows.TENANT);
    result.put("processDefinitionKey", key(definition.key));
    result.put("processInstanceKey", key(instance.key));
    result.set("tags", body.has("tags") ? body.get("tags") : FakeRows.JSON.createArrayNode());
    return FakeResponse.json(result);
  }

  private ProcessDefinitionRow definitionToStart(JsonNode body) {
    if (body.hasNonNull("processDefinitionKey")) {
      long key = body.get("processDefinitionKey").asLong();
      return Optional.ofNullable(state.definitions.get(key))
          .orElseThrow(
              () ->
                  FakeProblem.notFound(
                      "Expected to find process definition with key '%d', but none found"
                          .formatted(key)));
    }
    if (!body.hasNonNull("processDefinitionId")) {
      throw FakeProblem.invalidArgument(
          "At least one of [processDefinitionId, processDefinitionKey] is required.");
    }
    String id = body.get("processDefinitionId").asText();
    int version = body.path("processDefinitionVersion").asInt(-1);
    return state.definitions.values().stream()
        .filter(d -> d.processDefinitionId.equals(id))
        .filter(d -> version < 0 || d.version == version)
        .max((a, b) -> Integer.compare(a.version, b.version))
        .orElseThrow(
            () ->
                FakeProblem.notFound(
                    "Expected to find process definition with process ID '%s', but none found"
                        .formatted(id)));
  }

  private FakeResponse search(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.PROCESS_INSTANCE_SEARCH);
    List<ObjectNode> items =
        state.instances.values().stream()
            .filter(instanceFilter.compile(body.get("filter")))
            .map(p -> p.toJson(state.hasActiveIncident(p)))
            .toList();
    return FakeResponse.json(SearchResults.page(items, body));
  }

  /** {@code variables: [{name, value}]}: the instance's own variables must match each entry. */
  private boolean hasVariables(JsonNode filters, ProcessInstanceRow instance) {
    for (JsonNode filter : filters) {
      String name = filter.get("name").asText();
      boolean match =
          state.variables.values().stream()
              .anyMatch(
                  v ->
                      v.scopeKey == instance.key
                          && v.name.equals(name)
                          && FilterMatcher.matches(filter.get("value"), v.value));
      if (!match) {
        return false;
      }
    }
    return true;
  }

  private FakeResponse get(FakeRequest request) {
    ProcessInstanceRow instance = instance(request.key("processInstanceKey"));
    return FakeResponse.json(instance.toJson(state.hasActiveIncident(instance)));
  }

  private FakeResponse cancel(FakeRequest request) {
    request.body(RequestShapes.CANCEL_PROCESS_INSTANCE);
    long key = request.key("processInstanceKey");
    ProcessInstanceRow instance = state.instances.get(key);
    if (instance == null || !"ACTIVE".equals(instance.state)) {
      throw FakeProblem.notFound(
          "Expected to cancel a process instance with key '%d', but no such process was found"
              .formatted(key));
    }
    instance.state = "TERMINATED";
    instance.endDate = FakeEngineState.now();
    for (ElementInstanceRow element : state.elementsOf(instance)) {
      if ("ACTIVE".equals(element.state)) {
        element.state = "TERMINATED";
        element.endDate = instance.endDate;
      }
    }
    state.userTasks.values().stream()
        .filter(t -> t.element.instance == instance && "CREATED".equals(t.state))
        .forEach(t -> t.state = "CANCELED");
    state.jobs.values().removeIf(j -> j.element.instance == instance);
    state.incidents.values().stream()
        .filter(i -> i.element.instance == instance)
        .forEach(i -> i.state = "RESOLVED");
    return FakeResponse.noContent();
  }

  private FakeResponse searchElements(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.ELEMENT_INSTANCE_SEARCH);
    List<ObjectNode> items =
        state.elements.values().stream()
            .filter(elementFilter.compile(body.get("filter")))
            .map(ElementInstanceRow::toJson)
            .toList();
    return FakeResponse.json(SearchResults.page(items, body));
  }

  private FakeResponse searchVariables(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.VARIABLE_SEARCH);
    int truncateAt = "false".equals(request.queryParameter("truncateValues")) ? 0 : TRUNCATE_AT;
    List<ObjectNode> items =
        state.variables.values().stream()
            .filter(variableFilter.compile(body.get("filter")))
            .map(v -> v.toJson(truncateAt))
            .toList();
    return FakeResponse.json(SearchResults.page(items, body));
  }

  /**
   * Zeebe refuses a message id that a buffered message with the same name and correlation key still
   * holds; a message with no time to live is not buffered.
   */
  private FakeResponse publish(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.PUBLISH_MESSAGE);
    String name = body.get("name").asText();
    String correlationKey = body.path("correlationKey").asText("");
    String messageId = body.hasNonNull("messageId") ? body.get("messageId").asText() : null;
    long ttl = body.path("timeToLive").asLong(0);
    long now = System.currentTimeMillis();
    if (messageId != null && !messageId.isEmpty()) {
      boolean buffered =
          state.messages.stream()
              .anyMatch(
                  m ->
                      m.name().equals(name)
                          && m.correlationKey().equals(correlationKey)
                          && messageId.equals(m.messageId())
                          && m.expiresAtMillis() > now);
      if (buffered) {
        throw FakeProblem.alreadyExists(
            "Expected to publish a new message with id '%s', but a message with that id was already published"
                .formatted(messageId));
      }
    }
    MessageRow message =
        new MessageRow(
            state.newKey(),
            name,
            correlationKey,
            messageId,
            ttl,
            now + ttl,
            body.has("variables") ? body.get("variables") : FakeRows.JSON.createObjectNode());
    state.messages.add(message);
    ObjectNode result = FakeRows.JSON.createObjectNode();
    result.put("messageKey", key(message.key()));
    result.put("tenantId", FakeRows.TENANT);
    return FakeResponse.json(result);
  }

  private ProcessInstanceRow instance(long key) {
    return Optional.ofNullable(state.instances.get(key))
        .orElseThrow(
            () -> FakeProblem.notFound("Process instance with key '%d' not found".formatted(key)));
  }
}
