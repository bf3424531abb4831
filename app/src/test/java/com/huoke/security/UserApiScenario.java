package com.huoke.security;

import static com.huoke.security.SecurityFixtures.PASSWORD;
import static com.huoke.security.SecurityFixtures.create;
import static com.huoke.security.SecurityFixtures.newAddress;
import static com.huoke.security.SecurityFixtures.newUsername;
import static com.huoke.security.SecurityFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.testsupport.JsonApi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code /api/v1/users} over real HTTP as an admin, on H2 and PostgreSQL. */
@SecurityAppTest
abstract class UserApiScenario {

  @LocalServerPort int port;
  JsonApi admin;
  AuthApi auth;

  @BeforeEach
  void connect() {
    admin = new JsonApi(port);
    auth = new AuthApi(port);
  }

  @Test
  void createsAUserWhoCanSignIn() {
    String username = newUsername("Mei.Li");

    JsonApi.Response created =
        admin.post("/api/v1/users", user(username, List.of("MARKETER", "AGENT"), List.of("sales")));

    JsonNode body = created.expect(201);
    assertThat(created.location()).endsWith("/api/v1/users/" + body.get("id").asText());
    assertThat(body.get("username").asText()).isEqualTo(username.toLowerCase());
    assertThat(body.get("roles").toString()).isEqualTo("[\"MARKETER\",\"AGENT\"]");
    assertThat(body.get("groups").toString()).isEqualTo("[\"sales\"]");
    assertThat(body.get("enabled").asBoolean()).isTrue();
    assertThat(body.has("password")).isFalse();
    assertThat(body.has("passwordHash")).isFalse();
    assertThat(admin.get("/api/v1/users/" + body.get("id").asText()).expect(200)).isEqualTo(body);
    assertThat(admin.get("/api/v1/users").expect(200).findValuesAsText("username"))
        .contains(username.toLowerCase(), "admin");
    auth.login(username, PASSWORD, newAddress()).expect(200);
  }

  @Test
  void refusesATakenUserNameWith409() {
    String username = newUsername("dup");
    create(admin, user(username, List.of("AGENT"), List.of()));

    JsonNode problem =
        admin
            .post("/api/v1/users", user(username.toUpperCase(), List.of("OPS"), List.of()))
            .expect(409);

    assertThat(problem.get("code").asText()).isEqualTo("username_taken");
  }

  static Stream<Arguments> invalidUsers() {
    return Stream.of(
        Arguments.of("no user name", Map.of("username", ""), "username"),
        Arguments.of("blank in user name", Map.of("username", "xiao wang"), "username"),
        Arguments.of("short password", Map.of("password", "short"), "password"),
        Arguments.of("no roles", Map.of("roles", List.of()), "roles"),
        Arguments.of("bad group", Map.of("groups", List.of("sales team")), "groups[0]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidUsers")
  void refusesAnInvalidUserWith400NamingTheField(
      String name, Map<String, Object> patch, String field) {
    Map<String, Object> body = new HashMap<>(user(newUsername("bad"), List.of("AGENT"), List.of()));
    body.putAll(patch);

    JsonNode problem = admin.post("/api/v1/users", body).expect(400);

    assertThat(problem.findValuesAsText("field")).contains(field);
  }

  @Test
  void refusesAnUnknownRoleWith400NamingIt() {
    Map<String, Object> body = new HashMap<>(user(newUsername("bad"), List.of("AGENT"), List.of()));
    body.put("roles", List.of("SUPERUSER"));

    JsonNode problem = admin.post("/api/v1/users", body).expect(400);

    assertThat(problem.findValuesAsText("field").toString()).contains("roles");
  }

  @Test
  void refusesANewUserWithoutPasswordWith400() {
    Map<String, Object> body =
        new HashMap<>(user(newUsername("nopw"), List.of("AGENT"), List.of()));
    body.remove("password");

    JsonNode problem = admin.post("/api/v1/users", body).expect(400);

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("password");
  }

  @Test
  void updatesRolesGroupsAndPasswordAndEndsTheOldSignIns() {
    String username = newUsername("wang");
    String id = create(admin, user(username, List.of("AGENT"), List.of("sales")));
    String oldRefresh =
        auth.login(username, PASSWORD, newAddress()).expect(200).get("refreshToken").asText();

    JsonNode updated =
        admin
            .put(
                "/api/v1/users/" + id,
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "王经理",
                    "password",
                    "a-brand-new-password",
                    "roles",
                    List.of("AGENT", "MARKETER"),
                    "groups",
                    List.of("sales-leads")))
            .expect(200);

    assertThat(updated.get("displayName").asText()).isEqualTo("王经理");
    assertThat(updated.get("roles").toString()).isEqualTo("[\"MARKETER\",\"AGENT\"]");
    assertThat(updated.get("groups").toString()).isEqualTo("[\"sales-leads\"]");
    assertThat(auth.refreshWithBody(oldRefresh).status())
        .as("signed out everywhere")
        .isEqualTo(401);
    assertThat(auth.login(username, PASSWORD, newAddress()).status()).isEqualTo(401);
    auth.login(username, "a-brand-new-password", newAddress()).expect(200);
  }

  @Test
  void refusesToRenameAUserWith400() {
    String id = create(admin, user(newUsername("fixed"), List.of("AGENT"), List.of()));

    JsonNode problem =
        admin
            .put(
                "/api/v1/users/" + id,
                Map.of("username", newUsername("other"), "roles", List.of("AGENT")))
            .expect(400);

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("username");
  }

  @Test
  void answersAnUnknownUserWith404() {
    JsonNode problem = admin.get("/api/v1/users/" + UUID.randomUUID()).expect(404);

    assertThat(problem.get("code").asText()).isEqualTo("user_not_found");
  }
}
