package com.huoke.engine.camunda8.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.huoke.engine.camunda8.fake.FakeRows.IncidentRow;
import com.huoke.engine.camunda8.fake.FakeRows.JobRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /v2/jobs/...} (activation, completion, failure, error, update) and {@code
 * /v2/incidents/...} (search, get, resolution), which jobs raise when their retries run out.
 */
final class JobEndpoints {

  private static final RowFilter<IncidentRow> INCIDENT_FILTER =
      new RowFilter<IncidentRow>()
          .field("incidentKey", i -> i.key)
          .field("processInstanceKey", i -> i.element.instance.key)
          .field("processDefinitionId", i -> i.element.instance.definition.processDefinitionId)
          .field("processDefinitionKey", i -> i.element.instance.definition.key)
          .field("elementId", i -> i.element.elementId)
          .field("jobKey", i -> i.jobKey)
          .field("errorType", i -> i.errorType)
          .field("state", i -> i.state);

  private final FakeEngineState state;

  private JobEndpoints(FakeEngineState state) {
    this.state = state;
  }

  static void register(FakeCamundaServer server, FakeEngineState state) {
    JobEndpoints endpoints = new JobEndpoints(state);
    server.route("POST", "/v2/jobs/activation", endpoints::activate);
    server.route("POST", "/v2/jobs/{jobKey}/completion", endpoints::complete);
    server.route("POST", "/v2/jobs/{jobKey}/failure", endpoints::fail);
    server.route("POST", "/v2/jobs/{jobKey}/error", endpoints::throwError);
    server.route("PATCH", "/v2/jobs/{jobKey}", endpoints::update);
    server.route("POST", "/v2/incidents/search", endpoints::searchIncidents);
    server.route("GET", "/v2/incidents/{incidentKey}", endpoints::getIncident);
    server.route("POST", "/v2/incidents/{incidentKey}/resolution", endpoints::resolveIncident);
  }

  /**
   * Hands out jobs of the type that have retries, no open incident, no live lock and no pending
   * back-off. Answers at once, also when there are none (the real gateway would long-poll).
   */
  private FakeResponse activate(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.ACTIVATE_JOBS);
    String type = body.get("type").asText();
    int max = body.get("maxJobsToActivate").asInt();
    long timeout = body.get("timeout").asLong();
    long now = System.currentTimeMillis();
    List<String> fetch = names(body.get("fetchVariable"));
    ObjectNode result = FakeRows.JSON.createObjectNode();
    ArrayNode activated = result.putArray("jobs");
    for (JobRow job : state.jobs.values()) {
      if (activated.size() >= max) {
        break;
      }
      boolean available =
          job.type.equals(type)
              && job.retries > 0
              && "ACTIVE".equals(job.element.instance.state)
              && (job.deadline == null || job.deadline < now)
              && job.activatableAfter <= now
              && openIncident(job).isEmpty();
      if (available) {
        job.worker = body.path("worker").asText("default");
        job.deadline = now + timeout;
        activated.add(job.toActivatedJson(variables(job, fetch)));
      }
    }
    return FakeResponse.json(result);
  }

  private ObjectNode variables(JobRow job, List<String> fetch) {
    ObjectNode variables = FakeRows.JSON.createObjectNode();
    for (Map.Entry<String, JsonNode> v : state.visibleVariables(job.element).entrySet()) {
      if (fetch.isEmpty() || fetch.contains(v.getKey())) {
        variables.set(v.getKey(), v.getValue());
      }
    }
    return variables;
  }

  private FakeResponse complete(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.COMPLETE_JOB);
    JobRow job = job(request, "complete");
    state.jobs.remove(job.key);
    job.element.state = "COMPLETED";
    job.element.endDate = FakeEngineState.now();
    state.mergeIntoInstance(job.element.instance, body.get("variables"));
    return FakeResponse.noContent();
  }

  /** The last retry failing raises an incident of type JOB_NO_RETRIES with the job's message. */
  private FakeResponse fail(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.FAIL_JOB);
    JobRow job = job(request, "fail");
    job.retries = body.path("retries").asInt(0);
    job.errorMessage = body.path("errorMessage").asText("");
    job.deadline = null;
    job.activatableAfter = System.currentTimeMillis() + body.path("retryBackOff").asLong(0);
    JsonNode variables = body.get("variables");
    if (variables != null && variables.isObject()) {
      variables
          .fields()
          .forEachRemaining(
              v ->
                  state.setVariable(
                      job.element.key, job.element.instance.key, v.getKey(), v.getValue()));
    }
    if (job.retries <= 0) {
      raiseIncident(
          job,
          "JOB_NO_RETRIES",
          job.errorMessage.isEmpty() ? "No more retries left." : job.errorMessage);
    }
    return FakeResponse.noContent();
  }

  /** No model runs here, so no boundary event can catch: Zeebe then raises an incident. */
  private FakeResponse throwError(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.THROW_JOB_ERROR);
    JobRow job = job(request, "throw an error for");
    state.jobs.remove(job.key);
    raiseIncident(
        job,
        "UNHANDLED_ERROR_EVENT",
        "Expected to throw an error event with the code '%s' with message '%s', but it was not caught. No error events are available in the scope."
            .formatted(body.get("errorCode").asText(), body.path("errorMessage").asText("")));
    return FakeResponse.noContent();
  }

  private FakeResponse update(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.UPDATE_JOB);
    JobRow job = job(request, "update");
    JsonNode changes = body.get("changeset");
    if (changes.hasNonNull("retries")) {
      int retries = changes.get("retries").asInt();
      if (retries < 1) {
        throw FakeProblem.invalidArgument(
            "Expected to update retries for job with key '%d' with a positive amount of retries, but the amount given was '%d'"
                .formatted(job.key, retries));
      }
      job.retries = retries;
    }
    if (changes.hasNonNull("timeout") && job.deadline != null) {
      job.deadline = System.currentTimeMillis() + changes.get("timeout").asLong();
    }
    return FakeResponse.noContent();
  }

  private FakeResponse searchIncidents(FakeRequest request) {
    JsonNode body = request.body(RequestShapes.INCIDENT_SEARCH);
    List<ObjectNode> items =
        state.incidents.values().stream()
            .filter(INCIDENT_FILTER.compile(body.get("filter")))
            .map(IncidentRow::toJson)
            .toList();
    return FakeResponse.json(SearchResults.page(items, body));
  }

  private FakeResponse getIncident(FakeRequest request) {
    long key = request.key("incidentKey");
    return FakeResponse.json(
        Optional.ofNullable(state.incidents.get(key))
            .orElseThrow(
                () -> FakeProblem.notFound("Incident with key '%d' not found".formatted(key)))
            .toJson());
  }

  /** As in Zeebe: a job incident resolves only once the job has retries again. */
  private FakeResponse resolveIncident(FakeRequest request) {
    request.body(RequestShapes.RESOLVE_INCIDENT);
    long key = request.key("incidentKey");
    IncidentRow incident = state.incidents.get(key);
    if (incident == null || !"ACTIVE".equals(incident.state)) {
      throw FakeProblem.notFound(
          "Expected to resolve incident with key '%d', but no such incident was found"
              .formatted(key));
    }
    JobRow job = incident.jobKey == null ? null : state.jobs.get(incident.jobKey);
    if (job != null && job.retries <= 0) {
      throw FakeProblem.invalidState(
          "Expected to resolve incident with key '%d', but job with key '%d' has no retries left. Please update the job retries and retry resolving the incident"
              .formatted(key, job.key));
    }
    incident.state = "RESOLVED";
    incident.element.incidentKey = null;
    if (job != null) {
      job.activatableAfter = 0;
    }
    return FakeResponse.noContent();
  }

  private void raiseIncident(JobRow job, String errorType, String message) {
    IncidentRow incident =
        new IncidentRow(
            state.newKey(), job.element, job.key, errorType, message, FakeEngineState.now());
    state.incidents.put(incident.key, incident);
    job.element.incidentKey = incident.key;
  }

  private Optional<IncidentRow> openIncident(JobRow job) {
    return state.incidents.values().stream()
        .filter(i -> "ACTIVE".equals(i.state) && Long.valueOf(job.key).equals(i.jobKey))
        .findFirst();
  }

  private JobRow job(FakeRequest request, String command) {
    long key = request.key("jobKey");
    return Optional.ofNullable(state.jobs.get(key))
        .orElseThrow(
            () ->
                FakeProblem.notFound(
                    "Expected to %s job with key '%d', but no such job was found"
                        .formatted(command, key)));
  }

  private static List<String> names(JsonNode array) {
    if (array == null || !array.isArray()) {
      return List.of();
    }
    return java.util.stream.StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }
}
