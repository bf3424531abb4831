package com.huoke.security;

import static com.huoke.security.SecurityFixtures.PASSWORD;
import static com.huoke.security.SecurityFixtures.create;
import static com.huoke.security.SecurityFixtures.newAddress;
import static com.huoke.security.SecurityFixtures.newUsername;
import static com.huoke.security.SecurityFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.testsupport.Caller;
import com.huoke.testsupport.JsonApi;
import com.huoke.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in, refresh with rotation and re-use detection, sign-out, the throttle on failed sign-ins,
 * and access tokens the app must refuse — over real HTTP, on H2 and PostgreSQL.
 */
@SecurityAppTest
abstract class SignInScenario {

  @LocalServerPort int port;
  JsonApi admin;
  AuthApi auth;
  String username;

  @BeforeEach
  void createAgent() {
    admin = new JsonApi(port);
    auth = new AuthApi(port);
    username = newUsername("agent");
    create(admin, user(username, List.of("AGENT"), List.of("sales", "sales-leads")));
  }

  @Test
  void signsInWithTokensTheUserAndAnHttpOnlyCookie() {
    JsonApi.Response response = auth.login(username, PASSWORD, newAddress());

    JsonNode body = response.expect(200);
    assertThat(body.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(body.get("expiresIn").asLong()).isEqualTo(900);
    assertThat(body.get("refreshToken").asText()).hasSizeGreaterThan(40);
    assertThat(body.at("/user/username").asText()).isEqualTo(username);
    assertThat(body.at("/user/displayName").asText()).isEqualTo("测试 " + username);
    assertThat(body.at("/user/roles").toString()).isEqualTo("[\"AGENT\"]");
    assertThat(body.at("/user/groups").toString()).isEqualTo("[\"sales\",\"sales-leads\"]");
    assertThat(body.at("/user/password").isMissingNode()).isTrue();
    assertThat(response.header("Set-Cookie"))
        .startsWith("huoke_refresh=" + body.get("refreshToken").asText() + ";")
        .contains("Path=/api/v1/auth", "HttpOnly", "SameSite=Strict", "Max-Age=1209600");
    assertThat(response.header("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void theAccessTokenSignsInTheCallerWithItsRolesAndGroups() {
    String token = auth.accessToken(username, PASSWORD, newAddress());

    JsonNode me = auth.get("/api/v1/auth/me", "Bearer " + token).expect(200);
    assertThat(me.get("username").asText()).isEqualTo(username);
    assertThat(auth.get("/api/v1/leads?size=1", "Bearer " + token).status()).isEqualTo(200);
    assertThat(auth.get("/api/v1/channels", "Bearer " + token).status())
        .as("agents do not configure channels")
        .isEqualTo(403);
  }

  @Test
  void signsInWithTheUserNameInAnyCase() {
    auth.login(username.toUpperCase() + " ", PASSWORD, newAddress()).expect(200);
  }

  @Test
  void answersAWrongPasswordAndAnUnknownUserAlikeWith401() {
    String address = newAddress();
    JsonNode wrongPassword = auth.login(username, "not-the-password", address).expect(401);
    JsonNode unknownUser = auth.login(newUsername("nobody"), PASSWORD, address).expect(401);

    assertThat(wrongPassword.get("code").asText()).isEqualTo("bad_credentials");
    assertThat(unknownUser.get("detail")).isEqualTo(wrongPassword.get("detail"));
  }

  @Test
  void refusesASignInWithoutAPasswordWith400NamingIt() {
    JsonNode problem =
        auth.send(
                "POST",
                "/api/v1/auth/login",
                "{\"username\": \"" + username + "\"}",
                "Content-Type",
                "application/json")
            .expect(400);

    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("password");
  }

  @Test
  void stopsGuessingAUsersPasswordAfterFiveFailuresWith429() {
    for (int i = 0; i < 5; i++) {
      // a new address each time: this is the user name's limit, not an address's
      auth.login(username, "guess-" + i, newAddress()).expect(401);
    }

    JsonApi.Response refused = auth.login(username, PASSWORD, newAddress());

    assertThat(refused.status()).as("even the right password waits").isEqualTo(429);
    assertThat(refused.body().get("code").asText()).isEqualTo("too_many_sign_in_attempts");
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 900L);
  }

  @Test
  void stopsAnAddressTryingManyUsersAfterFiveFailuresWith429() {
    String address = newAddress();
    for (int i = 0; i < 5; i++) {
      auth.login(newUsername("guess"), PASSWORD, address).expect(401);
    }

    assertThat(auth.login(username, PASSWORD, address).status()).isEqualTo(429);
    auth.login(username, PASSWORD, newAddress()).expect(200);
  }

  @Test
  void aSuccessfulSignInForgivesTheUsersEarlierFailures() {
    for (int round = 0; round < 2; round++) {
      String address = newAddress();
      for (int i = 0; i < 4; i++) {
        auth.login(username, "typo-" + i, address).expect(401);
      }
      auth.login(username, PASSWORD, address).expect(200);
    }
  }

  @Test
  void refreshRotatesTheRefreshTokenAndIssuesAWorkingAccessToken() {
    String first =
        auth.login(username, PASSWORD, newAddress()).expect(200).get("refreshToken").asText();

    JsonApi.Response refreshed = auth.refreshWithBody(first);

    JsonNode body = refreshed.expect(200);
    String second = body.get("refreshToken").asText();
    assertThat(second).isNotEqualTo(first);
    assertThat(refreshed.header("Set-Cookie")).startsWith("huoke_refresh=" + second + ";");
    assertThat(body.at("/user/username").asText()).isEqualTo(username);
    assertThat(auth.get("/api/v1/auth/me", "Bearer " + body.get("accessToken").asText()).status())
        .isEqualTo(200);
    assertThat(auth.refreshWithCookie(second).expect(200).get("refreshToken").asText())
        .as("the console's way: the cookie, no body")
        .isNotIn(first, second);
  }

  @Test
  void reusingARotatedRefreshTokenRevokesTheWholeSignIn() {
    String first =
        auth.login(username, PASSWORD, newAddress()).expect(200).get("refreshToken").asText();
    String other =
        auth.login(username, PASSWORD, newAddress()).expect(200).get("refreshToken").asText();
    String second = auth.refreshWithBody(first).expect(200).get("refreshToken").asText();

    JsonApi.Response reused = auth.refreshWithBody(first);

    assertThat(reused.expect(401).get("code").asText()).isEqualTo("invalid_refresh_token");
    assertThat(reused.body().get("detail").asText()).contains("already used");
    assertThat(reused.header("Set-Cookie")).startsWith("huoke_refresh=;").contains("Max-Age=0");
    assertThat(auth.refreshWithBody(second).status())
        .as("the thief's or the user's next token: revoked with its family")
        .isEqualTo(401);
    assertThat(auth.refreshWithBody(other).status())
        .as("another sign-in of the same user is another family")
        .isEqualTo(200);
  }

  @Test
  void refusesAnUnknownOrMissingRefreshTokenWith401() {
    assertThat(auth.refreshWithBody("made-up-token").expect(401).get("code").asText())
        .isEqualTo("invalid_refresh_token");
    assertThat(auth.send("POST", "/api/v1/auth/refresh", null).status()).isEqualTo(401);
  }

  @Test
  void logoutRevokesTheSignInAndClearsTheCookie() {
    String refreshToken =
        auth.login(username, PASSWORD, newAddress()).expect(200).get("refreshToken").asText();

    JsonApi.Response loggedOut = auth.logoutWithCookie(refreshToken);

    assertThat(loggedOut.status()).isEqualTo(204);
    assertThat(loggedOut.header("Set-Cookie"))
        .startsWith("huoke_refresh=;")
        .contains("Max-Age=0", "Path=/api/v1/auth");
    assertThat(auth.refreshWithCookie(refreshToken).status()).isEqualTo(401);
  }

  @Test
  void aDisabledUserCanNeitherRefreshNorSignIn() {
    JsonNode signedIn = auth.login(username, PASSWORD, newAddress()).expect(200);
    String id = signedIn.at("/user/id").asText();

    admin
        .put(
            "/api/v1/users/" + id,
            Map.of("username", username, "roles", List.of("AGENT"), "enabled", false))
        .expect(200);

    assertThat(auth.refreshWithBody(signedIn.get("refreshToken").asText()).status()).isEqualTo(401);
    assertThat(auth.login(username, PASSWORD, newAddress()).status()).isEqualTo(401);
  }

  @Test
  void aRefreshCarriesTheRolesTheUserHasNow() {
    JsonNode signedIn = auth.login(username, PASSWORD, newAddress()).expect(200);
    String id = signedIn.at("/user/id").asText();
    admin
        .put(
            "/api/v1/users/" + id,
            Map.of("username", username, "roles", List.of("AGENT", "OPS"), "groups", List.of()))
        .expect(200);

    JsonNode refreshed = auth.refreshWithBody(signedIn.get("refreshToken").asText()).expect(200);

    assertThat(refreshed.at("/user/roles").toString()).isEqualTo("[\"AGENT\",\"OPS\"]");
    assertThat(
            auth.get("/api/v1/channels", "Bearer " + refreshed.get("accessToken").asText())
                .status())
        .isEqualTo(200);
  }

  @Test
  void ignoresAStaleAccessTokenOnSignIn() {
    JsonApi.Response response =
        auth.send(
            "POST",
            "/api/v1/auth/login",
            "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, PASSWORD),
            "Content-Type",
            "application/json",
            "Authorization",
            "Bearer " + expiredToken(),
            "X-Forwarded-For",
            newAddress());

    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void refusesAnExpiredAccessTokenWith401() {
    JsonApi.Response response = auth.get("/api/v1/leads", "Bearer " + expiredToken());

    assertThat(response.expect(401).get("code").asText()).isEqualTo("invalid_token");
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("detail").asText()).contains("expired");
    assertThat(response.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
  }

  @Test
  void refusesATokenSignedWithAnotherKeyWith401() {
    JsonApi.Response response =
        auth.get("/api/v1/leads", "Bearer " + TestTokens.forgedAccessToken(Caller.ADMIN));

    assertThat(response.expect(401).get("code").asText()).isEqualTo("invalid_token");
  }

  @Test
  void refusesARequestWithoutTokenWith401AndNoPasswordDialog() {
    JsonApi.Response response = auth.get("/api/v1/leads", null);

    assertThat(response.expect(401).get("code").asText()).isEqualTo("unauthenticated");
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
  }

  @Test
  void refusesBasicAuthenticationWith401() {
    JsonApi.Response response =
        auth.get("/api/v1/leads", "Basic YWRtaW46dGVzdC1hZG1pbi1wYXNzd29yZA==");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.header("WWW-Authenticate")).doesNotContain("Basic");
  }

  private static String expiredToken() {
    Instant issued = Instant.now().minus(Duration.ofHours(1));
    return TestTokens.accessToken(Caller.ADMIN, issued, issued.plus(Duration.ofMinutes(15)));
  }
}
