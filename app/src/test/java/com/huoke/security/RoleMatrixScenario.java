package com.huoke.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.huoke.testsupport.Caller;
import com.huoke.testsupport.JsonApi;
import com.huoke.testsupport.NewCustomers;
import com.huoke.testsupport.PlatformDeliveries;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role matrix of CONSOLE-API.md over real HTTP: each role reaches what is its own and gets 403
 * elsewhere; what platforms and visitors call needs no token. Endpoints other features add later
 * (processes, incidents) are checked only for being refused or let through, not for what they
 * answer.
 */
@SecurityAppTest
abstract class RoleMatrixScenario {

  @LocalServerPort int port;
  JsonApi api;
  AuthApi anonymous;

  @BeforeEach
  void connect() {
    api = new JsonApi(port);
    anonymous = new AuthApi(port);
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        Arguments.of(Caller.ADMIN, "GET", "/api/v1/users"),
        Arguments.of(Caller.ADMIN, "GET", "/api/v1/leads?size=1"),
        Arguments.of(Caller.ADMIN, "GET", "/api/v1/channels"),
        Arguments.of(Caller.MARKETER, "GET", "/api/v1/leads?size=1"),
        Arguments.of(Caller.MARKETER, "GET", "/api/v1/customers?size=1"),
        Arguments.of(Caller.MARKETER, "GET", "/api/v1/segments"),
        Arguments.of(Caller.MARKETER, "GET", "/api/v1/channels"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/leads?size=1"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/customers?size=1"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/tags"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/customers/fields"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/inbox/messages"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/leads/imports"),
        Arguments.of(Caller.OPS, "GET", "/api/v1/channels"),
        Arguments.of(Caller.OPS, "GET", "/api/v1/channels/dead-letters"),
        Arguments.of(Caller.DEVELOPER, "GET", "/api/v1/channels/platforms"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/auth/me"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/user-tasks"),
        Arguments.of(Caller.OPS, "GET", "/api/v1/process-definitions"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/element-templates"),
        Arguments.of(Caller.DEVELOPER, "POST", "/api/v1/deployments"),
        Arguments.of(Caller.MARKETER, "POST", "/api/v1/process-instances"),
        Arguments.of(Caller.MARKETER, "GET", "/api/v1/process-instances"),
        Arguments.of(Caller.OPS, "POST", "/api/v1/process-instances/1/cancel"),
        Arguments.of(Caller.OPS, "POST", "/api/v1/incidents/1/retry"),
        Arguments.of(Caller.DEVELOPER, "GET", "/api/v1/incidents"),
        Arguments.of(Caller.OPS, "GET", "/actuator/metrics"));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of(Caller.MARKETER, "GET", "/api/v1/users"),
        Arguments.of(Caller.AGENT, "POST", "/api/v1/users"),
        Arguments.of(Caller.OPS, "GET", "/api/v1/leads"),
        Arguments.of(Caller.DEVELOPER, "GET", "/api/v1/customers"),
        Arguments.of(Caller.OPS, "POST", "/api/v1/customers/segment"),
        Arguments.of(Caller.DEVELOPER, "GET", "/api/v1/inbox/messages"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/channels"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/channels/dead-letters"),
        Arguments.of(Caller.AGENT, "POST", "/api/v1/deployments"),
        Arguments.of(Caller.OPS, "POST", "/api/v1/deployments/validate"),
        Arguments.of(Caller.OPS, "POST", "/api/v1/process-instances"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/process-instances"),
        Arguments.of(Caller.MARKETER, "POST", "/api/v1/process-instances/1/cancel"),
        Arguments.of(Caller.MARKETER, "POST", "/api/v1/incidents/1/retry"),
        Arguments.of(Caller.AGENT, "GET", "/api/v1/incidents"),
        Arguments.of(Caller.MARKETER, "GET", "/api/v1/not-in-the-matrix-yet"),
        Arguments.of(Caller.MARKETER, "GET", "/actuator/metrics"));
  }

  @ParameterizedTest(name = "{0} may {1} {2}")
  @MethodSource("allowed")
  void letsEachRoleDoWhatIsItsOwn(Caller caller, String method, String path) {
    JsonApi.Response response = call(api.as(caller), method, path);

    assertThat(response.status()).as(response.toString()).isNotIn(401, 403);
  }

  @ParameterizedTest(name = "{0} may not {1} {2}")
  @MethodSource("refused")
  void refusesEachRoleWhatIsNotItsOwnWith403(Caller caller, String method, String path) {
    JsonApi.Response response = call(api.as(caller), method, path);

    assertThat(response.status()).as(response.toString()).isEqualTo(403);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("code").asText()).isEqualTo("forbidden");
    assertThat(response.body().get("detail").asText())
        .contains(caller.username(), caller.roles().get(0));
  }

  @Test
  void readsExistingEndpointsInsideTheMatrixWith200() {
    assertThat(api.as(Caller.AGENT).get("/api/v1/leads?size=1").status()).isEqualTo(200);
    assertThat(api.as(Caller.OPS).get("/api/v1/channels").status()).isEqualTo(200);
    assertThat(api.as(Caller.ADMIN).get("/api/v1/users").status()).isEqualTo(200);
    assertThat(api.as(Caller.MARKETER).get("/api/v1/segments").status()).isEqualTo(200);
  }

  @Test
  void showsPersonalDataUnmaskedOnlyToTheRolesThatMaySeeIt() {
    String phone = NewCustomers.uniqueMobile();
    String id =
        api.post("/api/v1/customers", Map.of("name", "权限" + UUID.randomUUID(), "phone", phone))
            .expect(201)
            .get("id")
            .asText();

    String asAgent =
        api.as(Caller.AGENT).get("/api/v1/customers/" + id).expect(200).get("phone").asText();
    String asMarketer =
        api.as(Caller.MARKETER).get("/api/v1/customers/" + id).expect(200).get("phone").asText();

    assertThat(asAgent).endsWith(phone).doesNotContain("*");
    assertThat(asMarketer).contains("****").doesNotContain(phone);
  }

  @Test
  void acceptsPlatformWebhooksWithoutAToken() throws Exception {
    String channel =
        api.post(
                "/api/v1/channels",
                Map.of(
                    "platform",
                    "douyin",
                    "name",
                    "权限-抖音-" + UUID.randomUUID(),
                    "settings",
                    PlatformDeliveries.SETTINGS.get("douyin")))
            .expect(201)
            .get("id")
            .asText();

    HttpResponse<String> delivered =
        HttpClient.newHttpClient()
            .send(
                PlatformDeliveries.delivery(
                    "douyin",
                    "http://localhost:%d/api/v1/channels/%s/webhook".formatted(port, channel),
                    "auth-" + UUID.randomUUID(),
                    4242),
                HttpResponse.BodyHandlers.ofString());

    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
  }

  @Test
  void acceptsWebFormsAndServesTheirPagesWithoutAToken() {
    String form =
        api.post(
                "/api/v1/channels",
                Map.of("platform", "webform", "name", "权限-表单-" + UUID.randomUUID()))
            .expect(201)
            .get("id")
            .asText();

    JsonApi.Response submitted =
        anonymous.send(
            "POST",
            "/api/v1/forms/" + form,
            "name=%E7%8E%8B%E8%8A%B3&phone=" + NewCustomers.uniqueMobile(),
            "Content-Type",
            "application/x-www-form-urlencoded");
    JsonApi.Response page = anonymous.send("GET", "/forms/" + form, null);

    assertThat(submitted.status()).as(String.valueOf(submitted.body())).isEqualTo(200);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.header("X-Frame-Options")).as("landing pages may frame it").isNull();
  }

  @Test
  void servesHealthAndTheConsolesPathsWithoutAToken() {
    assertThat(anonymous.get("/actuator/health", null).status()).isEqualTo(200);
    assertThat(anonymous.get("/", null).status()).isNotIn(401, 403);
    assertThat(anonymous.get("/tasks/123", null).status()).isNotIn(401, 403);
    assertThat(anonymous.get("/assets/index.js", null).status()).isNotIn(401, 403);
    assertThat(anonymous.get("/actuator/metrics", null).status()).isEqualTo(401);
  }

  @Test
  void refusesTheApiWithoutATokenWith401() {
    assertThat(anonymous.get("/api/v1/customers", null).status()).isEqualTo(401);
    assertThat(anonymous.get("/api/v1/users", null).status()).isEqualTo(401);
    assertThat(
            anonymous
                .send("POST", "/api/v1/leads", "{}", "Content-Type", "application/json")
                .status())
        .isEqualTo(401);
    assertThat(anonymous.send("DELETE", "/anything", null).status()).isEqualTo(401);
  }

  private static JsonApi.Response call(JsonApi api, String method, String path) {
    return switch (method) {
      case "GET" -> api.get(path);
      case "POST" -> api.post(path, "{}");
      default -> throw new IllegalArgumentException(method);
    };
  }
}
