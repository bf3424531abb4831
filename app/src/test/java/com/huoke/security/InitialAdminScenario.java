package com.huoke.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.huoke.HuoKeApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The first admin of a new installation: created at the first start with the configured password,
 * or with a generated one that is logged that once and never again. Starts the app on an empty
 * database of its own, twice; run on H2 and PostgreSQL by the subclasses.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class InitialAdminScenario {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern BANNER_PASSWORD = Pattern.compile("password: {2}(\\S+)");

  /** Arguments pointing the app at an empty database of the test's own, the same on each call. */
  abstract List<String> databaseArguments();

  @Test
  void generatesAPasswordAndShowsItOnlyAtTheFirstStart(CapturedOutput output) {
    String password;
    try (ConfigurableApplicationContext app = start()) {
      Matcher banner = BANNER_PASSWORD.matcher(output.getAll());
      assertThat(banner.find()).as("the banner with the password").isTrue();
      password = banner.group(1);
      assertThat(password).hasSize(20);
      assertThat(output.getAll()).contains("user name: admin", "shown this once");
      signIn(app, "admin", password);
    }
    int firstStart = output.getAll().length();

    try (ConfigurableApplicationContext app = start()) {
      String secondStart = output.getAll().substring(firstStart);
      assertThat(secondStart).doesNotContain(password).doesNotContain("created the first admin");
      String token = signIn(app, "admin", password);
      JsonNode users = new AuthApi(port(app)).get("/api/v1/users", "Bearer " + token).expect(200);
      assertThat(users).hasSize(1);
      assertThat(users.get(0).get("roles").toString()).isEqualTo("[\"ADMIN\"]");
    }
  }

  @Test
  void createsTheFirstAdminWithTheConfiguredPasswordAndLogsNoPassword(CapturedOutput output) {
    try (ConfigurableApplicationContext app =
        start(
            "--huoke.security.initial-admin.username=boss",
            "--huoke.security.initial-admin.password=Configured-Secret-42")) {
      String token = signIn(app, "boss", "Configured-Secret-42");
      JsonNode me = new AuthApi(port(app)).get("/api/v1/auth/me", "Bearer " + token).expect(200);
      assertThat(me.get("displayName").asText()).isEqualTo("管理员");
      assertThat(me.get("roles").toString()).isEqualTo("[\"ADMIN\"]");
      assertThat(output.getAll())
          .doesNotContain("Configured-Secret-42")
          .doesNotContain("shown this once")
          .contains("Created the first admin 'boss' with the configured password");
    }
  }

  @Test
  void keepsTheLastEnabledAdmin() throws Exception {
    try (ConfigurableApplicationContext app =
        start("--huoke.security.initial-admin.password=Only-Admin-Secret")) {
      AuthApi auth = new AuthApi(port(app));
      JsonNode signedIn =
          auth.login("admin", "Only-Admin-Secret", SecurityFixtures.newAddress()).expect(200);
      String bearer = "Bearer " + signedIn.get("accessToken").asText();

      String demote =
          JSON.writeValueAsString(
              Map.of("username", "admin", "roles", List.of("MARKETER"), "enabled", true));
      JsonNode refused =
          auth.send(
                  "PUT",
                  "/api/v1/users/" + signedIn.at("/user/id").asText(),
                  demote,
                  "Content-Type",
                  "application/json",
                  "Authorization",
                  bearer)
              .expect(409);

      assertThat(refused.get("code").asText()).isEqualTo("last_admin");
    }
  }

  private ConfigurableApplicationContext start(String... extra) {
    // command-line arguments, so they win over the test's config/application.yml (which sets a
    // password for every other test's first admin)
    List<String> args = new ArrayList<>(databaseArguments());
    args.add("--server.port=0");
    args.add("--huoke.workers.enabled=false");
    args.add("--huoke.leads.intake-queue.enabled=false");
    args.add("--huoke.customers.churn.enabled=false");
    args.addAll(List.of(extra));
    if (args.stream()
        .noneMatch(arg -> arg.startsWith("--huoke.security.initial-admin.password="))) {
      // a second --name=value would not replace this one but be joined to it with a comma
      args.add("--huoke.security.initial-admin.password=");
    }
    return new SpringApplicationBuilder(HuoKeApplication.class).run(args.toArray(String[]::new));
  }

  private static String signIn(
      ConfigurableApplicationContext app, String username, String password) {
    return new AuthApi(port(app))
        .login(username, password, SecurityFixtures.newAddress())
        .expect(200)
        .get("accessToken")
        .asText();
  }

  private static int port(ConfigurableApplicationContext app) {
    return ((WebServerApplicationContext) app).getWebServer().getPort();
  }
}
