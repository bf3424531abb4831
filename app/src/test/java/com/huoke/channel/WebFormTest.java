package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.lead.LeadIntakeQueueStats;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HuoKe's own web forms and tracking links over real HTTP. */
@ChannelAppTest
class WebFormTest {

  private static final String FORM = "application/x-www-form-urlencoded";

  @LocalServerPort int port;
  @Autowired LeadIntakeQueueStats queue;
  ChannelApi api;
  UUID form;

  @BeforeEach
  void createFormChannel() {
    api = new ChannelApi(port);
    form = api.createChannel("webform", Map.of());
  }

  @Test
  void queuesASubmissionWithItsUtmAndLandingUrlAndCapturesIt() {
    String name = "表单" + UUID.randomUUID().toString().substring(0, 6);

    ChannelApi.Response response =
        api.postForm(
            form,
            "name="
                + encode(name)
                + "&phone=13812345678&company="
                + encode("杭州云帆科技")
                + "&jobTitle=CEO&region="
                + encode("浙江 杭州")
                + "&message="
                + encode("想了解价格")
                + "&utm_source=douyin&utm_medium=social&utm_campaign=spring&utm_content=v3"
                + "&landingUrl="
                + encode("https://www.example.com/landing?x=1"),
            FORM,
            Map.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("status").asText()).isEqualTo("received");
    await().atMost(Duration.ofSeconds(30)).until(() -> queued().captured() == 1);
    JsonNode lead = api.leadNamed(name).get("captured");
    assertThat(lead.get("sourcePlatform").asText()).isEqualTo("WEBSITE");
    assertThat(lead.get("company").asText()).isEqualTo("杭州云帆科技");
    assertThat(lead.get("utmSource").asText()).isEqualTo("douyin");
    assertThat(lead.get("utmMedium").asText()).isEqualTo("social");
    assertThat(lead.get("utmCampaign").asText()).isEqualTo("spring");
    assertThat(lead.get("utmContent").asText()).isEqualTo("v3");
    assertThat(lead.at("/rawData/landingUrl").asText())
        .isEqualTo("https://www.example.com/landing?x=1");
    assertThat(lead.at("/rawData/formFields/message").asText()).isEqualTo("想了解价格");
  }

  @Test
  void acceptsJsonAndTakesUtmFromTheLandingUrl() {
    ChannelApi.Response response =
        api.postForm(
            form,
            "{\"email\":\"li@example.com\",\"landingUrl\":"
                + "\"https://example.com/p?utm_source=xhs&utm_campaign=note-7\"}",
            "application/json",
            Map.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(queued().total()).isEqualTo(1);
  }

  @Test
  void makesARetriedSubmissionWithTheSameSubmissionIdOneLead() {
    String body = "phone=13812345678&submissionId=" + UUID.randomUUID();

    ChannelApi.Response first = api.postForm(form, body, FORM, Map.of());
    ChannelApi.Response retry = api.postForm(form, body, FORM, Map.of());

    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(queued().total()).isEqualTo(1);
  }

  @Test
  void dropsABotThatFilledTheHoneypotSilently() {
    ChannelApi.Response response =
        api.postForm(form, "phone=13812345678&website=spam", FORM, Map.of());

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("status").asText()).isEqualTo("received");
    assertThat(queued().total()).isZero();
  }

  @Test
  void rejectsASubmissionWithoutAWayToReachThePersonNamingTheField() {
    ChannelApi.Response response = api.postForm(form, "name=" + encode("无名"), FORM, Map.of());

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("reachable");
    assertThat(queued().total()).isZero();
  }

  @Test
  void refusesOtherContentTypesAndPostsToOtherChannels() {
    UUID webhookChannel = api.createTestChannel();

    assertThat(api.postForm(form, "phone=1", "text/plain", Map.of()).status()).isEqualTo(415);
    assertThat(api.postForm(webhookChannel, "phone=13812345678", FORM, Map.of()).status())
        .isEqualTo(404);
  }

  @Test
  void servesAHostedFormPageCarryingThePagesUtmParameters() {
    ChannelApi.Response page =
        api.get("/forms/" + form + "?utm_source=wechat&utm_campaign=%E6%98%A5%E5%AD%A3&other=1");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(page.body())
        .contains("<html lang=\"zh-CN\">", "手机号", "微信号", "提交")
        .contains("action=\"/api/v1/forms/" + form + "\"")
        .contains("name=\"utm_source\" value=\"wechat\"")
        .contains("name=\"utm_campaign\" value=\"春季\"")
        .contains("name=\"landingUrl\" value=\"http://localhost:" + port + "/forms/" + form)
        .contains("name=\"submissionId\"", "name=\"website\"")
        .doesNotContain("http://cdn", "https://cdn", "<script src");
    assertThat(api.get("/forms/" + api.createTestChannel()).status()).isEqualTo(404);
  }

  @Test
  void escapesWhatThePageEchoes() {
    ChannelApi.Response page = api.get("/forms/" + form + "?utm_source=%22%3E%3Cscript%3Ex");

    assertThat(page.body()).doesNotContain("\"><script>x").contains("&quot;&gt;&lt;script&gt;x");
  }

  @Test
  void createsTrackingLinksCarryingTheChannelsUtmParameters() {
    ChannelApi.Response created =
        api.post(
            "/api/v1/channels/" + form + "/tracking-links",
            Map.of(
                "campaign",
                "春季新品",
                "content",
                "video-03",
                "landingUrl",
                "https://example.com/p?id=7"));
    ChannelApi.Response onFormPage =
        api.post(
            "/api/v1/channels/" + form + "/tracking-links",
            Map.of("campaign", "spring", "content", "poster", "medium", "offline"));

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("url").asText())
        .isEqualTo(
            "https://example.com/p?id=7&utm_source=webform&utm_medium=social"
                + "&utm_campaign=%E6%98%A5%E5%AD%A3%E6%96%B0%E5%93%81&utm_content=video-03");
    assertThat(onFormPage.json().get("url").asText())
        .isEqualTo(
            "http://localhost:%d/forms/%s?utm_source=webform&utm_medium=offline&utm_campaign=spring&utm_content=poster"
                .formatted(port, form));
    JsonNode listed = api.get("/api/v1/channels/" + form + "/tracking-links").json();
    assertThat(listed.findValuesAsText("url"))
        .containsExactly(onFormPage.json().get("url").asText(), created.json().get("url").asText());
  }

  @Test
  void usesTheConfiguredSourceNameInTrackingLinks() {
    UUID douyinLive = api.createTestChannel();
    api.put("/api/v1/channels/" + douyinLive, Map.of("utmSource", "douyin-live"));

    ChannelApi.Response created =
        api.post(
            "/api/v1/channels/" + douyinLive + "/tracking-links",
            Map.of("campaign", "c", "content", "d", "landingUrl", "https://example.com/"));

    assertThat(created.json().at("/utm/source").asText()).isEqualTo("douyin-live");
    assertThat(created.json().get("url").asText()).contains("utm_source=douyin-live");
  }

  @Test
  void rejectsTrackingLinksWithoutAUsableLandingUrlNamingIt() {
    UUID webhookChannel = api.createTestChannel();

    ChannelApi.Response noPage =
        api.post(
            "/api/v1/channels/" + webhookChannel + "/tracking-links",
            Map.of("campaign", "c", "content", "d"));
    ChannelApi.Response notHttp =
        api.post(
            "/api/v1/channels/" + form + "/tracking-links",
            Map.of("campaign", "c", "content", "d", "landingUrl", "javascript:alert(1)"));
    ChannelApi.Response noCampaign =
        api.post("/api/v1/channels/" + form + "/tracking-links", Map.of("content", "d"));

    assertThat(noPage.status()).isEqualTo(400);
    assertThat(noPage.json().at("/errors/0/field").asText()).isEqualTo("landingUrl");
    assertThat(notHttp.json().at("/errors/0/field").asText()).isEqualTo("landingUrl");
    assertThat(noCampaign.json().at("/errors/0/field").asText()).isEqualTo("campaign");
    assertThat(api.get("/api/v1/channels/" + webhookChannel + "/tracking-links").json()).isEmpty();
  }

  private com.huoke.lead.QueueCounts queued() {
    return queue.countsBySource("channel:" + form);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
