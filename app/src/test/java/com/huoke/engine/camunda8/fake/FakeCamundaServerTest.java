package com.huoke.engine.camunda8.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake is only worth its tests if it refuses what the real API refuses. */
class FakeCamundaServerTest {

  private final FakeCamundaServer fake = FakeCamundaServer.start();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void refusesAMisspeltFieldWithAProblemDetail() throws Exception {
    HttpResponse<String> response =
        send("POST", "/v2/messages/publication", "{\"messageName\":\"lead-replied\"}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = FakeRows.JSON.readTree(response.body());
    assertThat(problem.get("title").asText()).isEqualTo("INVALID_ARGUMENT");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText())
        .contains("Request property [messageName] cannot be parsed")
        .contains("No name provided.");
    assertThat(problem.get("instance").asText()).isEqualTo("/v2/messages/publication");
    assertThat(fake.state().messages()).isEmpty();
  }

  @Test
  void refusesAValueOfTheWrongType() throws Exception {
    HttpResponse<String> response =
        send(
            "POST",
            "/v2/jobs/activation",
            "{\"type\":\"score-lead\",\"timeout\":\"soon\",\"maxJobsToActivate\":1}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Expected timeout to be an integer");
  }

  @Test
  void refusesAFilterOperatorTheApiDoesNotHave() throws Exception {
    HttpResponse<String> response =
        send(
            "POST", "/v2/user-tasks/search", "{\"filter\":{\"assignee\":{\"$equals\":\"li.na\"}}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("filter.assignee.$equals");
  }

  @Test
  void refusesToIgnoreAFilterItDoesNotEvaluate() throws Exception {
    HttpResponse<String> response =
        send("POST", "/v2/user-tasks/search", "{\"filter\":{\"priority\":{\"$gt\":50}}}");

    assertThat(response.statusCode()).isEqualTo(501);
    assertThat(response.body()).contains("priority");
  }

  @Test
  void answersUnknownPathsAndKeysWithNotFound() throws Exception {
    assertThat(send("GET", "/v2/nothing-here", null).statusCode()).isEqualTo(404);
    HttpResponse<String> task = send("GET", "/v2/user-tasks/2251799813685249", null);
    assertThat(task.statusCode()).isEqualTo(404);
    assertThat(task.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  void resolvingAJobIncidentBeforeGivingRetriesIsRefused() throws Exception {
    fake.state().seedProcessDefinition("p", "P", "<definitions/>");
    long instance = fake.state().seedProcessInstance("p", Map.of()).key;
    long job = fake.state().seedJob(instance, "ServiceTask_A", "a", 1, Map.of()).key;
    send("POST", "/v2/jobs/" + job + "/failure", "{\"retries\":0,\"errorMessage\":\"boom\"}");
    List<FakeRows.IncidentRow> incidents = fake.state().incidents();
    assertThat(incidents)
        .singleElement()
        .satisfies(i -> assertThat(i.errorMessage).isEqualTo("boom"));

    HttpResponse<String> response =
        send("POST", "/v2/incidents/" + incidents.get(0).key + "/resolution", null);

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).contains("has no retries left");
  }

  @Test
  void recordsEveryRequestAsSent() throws Exception {
    send("POST", "/v2/process-instances/search", "{\"page\":{\"limit\":5}}");

    RecordedRequest recorded = fake.lastRequest("POST", "/v2/process-instances/search");
    assertThat(recorded.json().at("/page/limit").asInt()).isEqualTo(5);
    assertThat(recorded.contentType()).isEqualTo("application/json");
  }

  private HttpResponse<String> send(String method, String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(fake.restAddress() + path))
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
