package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code /api/v1/channels}: configuring channels, their settings and secrets. */
@ChannelAppTest
class ChannelConfigurationTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  ChannelApi api;

  @BeforeEach
  void connect() {
    api = new ChannelApi(port);
  }

  @Test
  void createsAChannelWithItsWebhookUrlAndTheSecretMasked() {
    ChannelApi.Response created =
        api.post(
            "/api/v1/channels",
            Map.of(
                "platform", "testplatform",
                "name", "抖音-直播间-春季新品",
                "settings", Map.of("secret", "abcdefghijklmnop-1234", "phoneField", "mobile")));

    assertThat(created.status()).isEqualTo(201);
    JsonNode channel = created.json();
    String id = channel.get("id").asText();
    assertThat(channel.get("platform").asText()).isEqualTo("testplatform");
    assertThat(channel.get("name").asText()).isEqualTo("抖音-直播间-春季新品");
    assertThat(channel.get("enabled").asBoolean()).isTrue();
    assertThat(channel.get("utmSource").asText()).isEqualTo("testplatform");
    assertThat(channel.at("/settings/secret").asText()).isEqualTo("••••1234");
    assertThat(channel.at("/settings/phoneField").asText()).isEqualTo("mobile");
    assertThat(channel.get("webhookUrl").asText())
        .isEqualTo("http://localhost:" + port + "/api/v1/channels/" + id + "/webhook");
    assertThat(channel.get("formPageUrl").isNull()).isTrue();
    assertThat(api.get("/api/v1/channels/" + id).json()).isEqualTo(channel);
  }

  @Test
  void storesSecretsOnlyEncrypted() {
    UUID id =
        api.createChannel(
            "testplatform", Map.of("secret", "very-secret-value-42", "phoneField", "mobile"));

    Map<String, Object> row =
        jdbc.queryForMap(
            "select cast(settings as varchar) settings, cast(secrets as varchar) secrets"
                + " from channels where id = ?",
            id);

    String secrets = String.valueOf(row.get("secrets"));
    assertThat(secrets).doesNotContain("very-secret-value-42").contains("\"secret\"", "v1:");
    assertThat(String.valueOf(row.get("settings"))).contains("mobile").doesNotContain("secret");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidChannels")
  void rejectsAnInvalidChannelNamingTheFieldAndStoresNothing(
      String why, Map<String, Object> channel, String field) {
    long before = channelCount();

    ChannelApi.Response response = api.post("/api/v1/channels", channel);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().at("/errors").findValuesAsText("field")).contains(field);
    assertThat(channelCount()).isEqualTo(before);
  }

  static Stream<Arguments> invalidChannels() {
    return Stream.of(
        Arguments.of(
            "unknown platform", channel("kuaishou-live", Map.of("secret", "x")), "platform"),
        Arguments.of(
            "required secret missing", channel("testplatform", Map.of()), "settings.secret"),
        Arguments.of(
            "required secret blank",
            channel("testplatform", Map.of("secret", "  ")),
            "settings.secret"),
        Arguments.of(
            "setting the platform does not have",
            channel("testplatform", Map.of("secret", "x", "appKey", "y")),
            "settings.appKey"),
        Arguments.of(
            "no name", without(channel("testplatform", Map.of("secret", "x")), "name"), "name"));
  }

  @Test
  void renamesDisablesAndRotatesTheSecret() {
    UUID id = api.createTestChannel();
    byte[] body = TestPlatformRequests.delivery();

    ChannelApi.Response rotated =
        api.put(
            "/api/v1/channels/" + id,
            Map.of("name", "小红书-笔记评论", "settings", Map.of("secret", "rotated-secret-0000")));

    assertThat(rotated.status()).isEqualTo(200);
    assertThat(rotated.json().get("name").asText()).isEqualTo("小红书-笔记评论");
    assertThat(rotated.json().at("/settings/secret").asText()).isEqualTo("••••0000");
    assertThat(api.deliver(id, body).status()).isEqualTo(401);
    assertThat(
            api.webhook(
                    id,
                    body,
                    TestPlatformRequests.sign("rotated-secret-0000", body),
                    "application/json")
                .status())
        .isEqualTo(200);

    ChannelApi.Response disabled = api.put("/api/v1/channels/" + id, Map.of("enabled", false));

    assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
    assertThat(disabled.json().get("name").asText()).isEqualTo("小红书-笔记评论");
    assertThat(
            api.webhook(
                    id,
                    body,
                    TestPlatformRequests.sign("rotated-secret-0000", body),
                    "application/json")
                .status())
        .isEqualTo(404);
  }

  @Test
  void keepsTheChannelAsItWasWhenAnUpdateIsInvalid() {
    UUID id = api.createTestChannel();

    ChannelApi.Response response =
        api.put(
            "/api/v1/channels/" + id,
            Map.of("name", "新名字", "settings", Map.of("secret", "", "appKey", "x")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("settings.appKey", "settings.secret");
    assertThat(api.get("/api/v1/channels/" + id).json().get("name").asText())
        .startsWith("testplatform 渠道");
    assertThat(api.deliver(id, TestPlatformRequests.delivery()).status()).isEqualTo(200);
  }

  @Test
  void answersAnUnknownChannelWith404() {
    UUID unknown = UUID.randomUUID();

    assertThat(api.get("/api/v1/channels/" + unknown).json().get("code").asText())
        .isEqualTo("channel_not_found");
    assertThat(api.put("/api/v1/channels/" + unknown, Map.of("enabled", true)).status())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/channels/" + unknown + "/stats").status()).isEqualTo(404);
  }

  @Test
  void listsChannelsNewestFirstAndThePlatformsWithTheirSettings() {
    UUID older = api.createTestChannel();
    UUID newer = api.createTestChannel();

    JsonNode page = api.get("/api/v1/channels?size=2").json();
    JsonNode platforms = api.get("/api/v1/channels/platforms").json();

    assertThat(page.at("/items/0/id").asText()).isEqualTo(newer.toString());
    assertThat(page.at("/items/1/id").asText()).isEqualTo(older.toString());
    assertThat(platforms.findValuesAsText("platform")).contains("testplatform", "webform");
    assertThat(platforms.toString())
        .contains("\"name\":\"secret\",\"required\":true,\"secret\":true");
  }

  private long channelCount() {
    return jdbc.queryForObject("select count(*) from channels", Long.class);
  }

  private static Map<String, Object> channel(String platform, Map<String, String> settings) {
    Map<String, Object> channel = new LinkedHashMap<>();
    channel.put("platform", platform);
    channel.put("name", "测试渠道");
    channel.put("settings", settings);
    return channel;
  }

  private static Map<String, Object> without(Map<String, Object> channel, String field) {
    Map<String, Object> copy = new HashMap<>(channel);
    copy.remove(field);
    return copy;
  }
}
