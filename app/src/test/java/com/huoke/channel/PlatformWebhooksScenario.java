package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.huoke.privacy.LookupHash;
import com.huoke.testsupport.PlatformDeliveries;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The "done": correctly signed Douyin, Ocean Engine, Xiaohongshu, Baidu, WeChat and WeCom
 * deliveries, built as the platforms build them, each become a lead that is scored and in lead
 * intake, and one person reaching us on several platforms is one customer. Run on H2 and PostgreSQL
 * by the subclasses.
 */
abstract class PlatformWebhooksScenario {

  static final Duration PATIENCE = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired LookupHash lookupHash;

  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  ChannelApi api;

  @BeforeEach
  void setUp() {
    api = new ChannelApi(port);
  }

  @Test
  void onePersonOnFourAdPlatformsIsOneCustomerWithFourScoredLeadsInIntake() throws Exception {
    int person = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    for (String platform : PlatformDeliveries.PLATFORMS) {
      String webhook = webhookOf(createChannel(platform));
      String messageId = platform + "-" + UUID.randomUUID();

      HttpResponse<String> answer =
          send(PlatformDeliveries.delivery(platform, webhook, messageId, person));

      assertThat(answer.statusCode()).as(platform + ": " + answer.body()).isEqualTo(200);
    }

    UUID customer = customerOwning("PHONE", "+86" + PlatformDeliveries.phoneOf(person));
    await()
        .atMost(PATIENCE)
        .until(() -> scoredLeadsInIntake(customer).size() == PlatformDeliveries.PLATFORMS.length);
    assertThat(scoredLeadsInIntake(customer))
        .extracting(lead -> lead.get("source_platform"))
        .containsExactlyInAnyOrder("DOUYIN", "OCEAN_ENGINE", "XIAOHONGSHU", "BAIDU");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from customer_sources where customer_id = ?",
                Integer.class,
                customer))
        .isEqualTo(4);
  }

  @Test
  void aWechatFollowerFromACampaignQrCodeIsALeadFromThatSceneAndTheirTextReachesTheInbox()
      throws Exception {
    UUID channel = createChannel("wechatmp");
    String openid = "oJ8ZQ5x9kP3hV2mNt" + UUID.randomUUID().toString().substring(0, 11);

    HttpResponse<String> subscribed =
        send(
            PlatformDeliveries.wechatMp(
                webhookOf(channel),
                PlatformDeliveries.wechatSubscribe(
                    openid, "expo-booth-a", System.currentTimeMillis() / 1000)));
    HttpResponse<String> wrote =
        send(
            PlatformDeliveries.wechatMp(
                webhookOf(channel),
                PlatformDeliveries.wechatText(openid, "想了解春季新品的报价", System.nanoTime())));

    assertThat(subscribed.statusCode()).as(subscribed.body()).isEqualTo(200);
    assertThat(subscribed.body()).isEqualTo("success");
    assertThat(wrote.statusCode()).isEqualTo(200);
    UUID customer =
        customerOwning(
            "WECHAT_OPENID", "wechatmp/" + PlatformDeliveries.WECHAT_APP_ID + ":" + openid);
    await().atMost(PATIENCE).until(() -> scoredLeadsInIntake(customer).size() == 1);
    assertThat(scoredLeadsInIntake(customer).get(0))
        .containsEntry("source_platform", "WECHAT")
        .containsEntry("source_channel", "expo-booth-a");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from inbox_messages where channel_id = ?", Integer.class, channel))
        .isEqualTo(1);
  }

  @Test
  void aWecomExternalContactIsACustomerOwnedByTheStaffMemberWhoAddedThem() throws Exception {
    String externalUserId = "wmAJ2GCAAA" + UUID.randomUUID().toString().replace("-", "");

    HttpResponse<String> answer =
        send(
            PlatformDeliveries.wecom(
                webhookOf(createChannel("wecom")),
                PlatformDeliveries.wecomContactAdded("zhangsan", externalUserId, "live-spring")));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    UUID customer =
        customerOwning(
            "WECOM_EXTERNAL_USERID",
            "wecom/" + PlatformDeliveries.WECOM_CORP_ID + ":" + externalUserId);
    await().atMost(PATIENCE).until(() -> scoredLeadsInIntake(customer).size() == 1);
    assertThat(
            jdbc.queryForObject(
                "select owner_user_id from customers where id = ?", String.class, customer))
        .isEqualTo("zhangsan");
    assertThat(scoredLeadsInIntake(customer).get(0)).containsEntry("source_platform", "WECOM");
  }

  private UUID createChannel(String platform) {
    return api.createChannel(platform, PlatformDeliveries.SETTINGS.get(platform));
  }

  private String webhookOf(UUID channel) {
    return "http://localhost:" + port + "/api/v1/channels/" + channel + "/webhook";
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The customer owning an identity once it is captured (the queue captures in the background). */
  private UUID customerOwning(String kind, String normalisedValue) {
    String hash = lookupHash.of(normalisedValue);
    return await()
        .atMost(PATIENCE)
        .until(
            () ->
                jdbc
                    .queryForList(
                        "select customer_id from customer_identities where kind = ? and value_hash = ?",
                        UUID.class,
                        kind,
                        hash)
                    .stream()
                    .findFirst()
                    .orElse(null),
            id -> id != null);
  }

  /** The customer's leads that have a score and a running or finished intake process. */
  private List<Map<String, Object>> scoredLeadsInIntake(UUID customer) {
    return jdbc.queryForList(
        "select source_platform, source_channel, status, score from leads where customer_id = ?"
            + " and score is not null and process_instance_key is not null"
            + " and status in ('QUALIFYING', 'NURTURING')",
        customer);
  }
}
