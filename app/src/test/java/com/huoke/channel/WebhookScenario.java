package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.lead.LeadIntakeQueueStats;
import com.huoke.lead.QueueCounts;
import com.huoke.testsupport.Caller;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webhook end to end over real HTTP through the {@link TestPlatformChannel} fixture: accepted
 * deliveries are on the intake queue (and then captured) before the platform gets its reply,
 * refused ones leave nothing behind, undecodable ones become dead letters that ops can replay. Run
 * on H2 and PostgreSQL by the subclasses.
 */
abstract class WebhookScenario {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @LocalServerPort int port;
  @Autowired LeadIntakeQueueStats queue;
  ChannelApi api;
  UUID channel;

  @BeforeEach
  void createChannel() {
    api = new ChannelApi(port);
    channel = api.createTestChannel();
  }

  @Test
  void queuesASignedLeadBeforeReplyingAndCapturesIt() {
    String name = "王芳" + UUID.randomUUID().toString().substring(0, 6);

    ChannelApi.Response response =
        api.deliver(
            channel, TestPlatformRequests.delivery(TestPlatformRequests.lead(name, "13812345678")));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json;charset=UTF-8");
    assertThat(response.body()).isEqualTo(TestPlatformChannel.REPLY);
    assertThat(queued().total()).isEqualTo(1);
    await().atMost(PATIENCE).until(() -> queued().captured() == 1);
    JsonNode lead = api.leadNamed(name);
    assertThat(lead.at("/captured/sourcePlatform").asText()).isEqualTo("OTHER");
    assertThat(lead.at("/captured/sourceChannel").asText()).startsWith("testplatform 渠道");
    assertThat(lead.at("/captured/utmCampaign").asText()).isEqualTo("spring-launch");
    assertThat(lead.at("/captured/rawData/channelId").asText()).isEqualTo(channel.toString());
    assertThat(lead.at("/captured/rawData/formFields/留言").asText()).isEqualTo("怎么收费？");
  }

  @Test
  void acknowledgesARedeliveryWithTheNormalReplyAndStoresNothingNew() {
    byte[] delivery =
        TestPlatformRequests.delivery(
            TestPlatformRequests.lead("李雷", "13900001111"),
            TestPlatformRequests.message("openid-li", "你好"));

    ChannelApi.Response first = api.deliver(channel, delivery);
    ChannelApi.Response again = api.deliver(channel, delivery);

    assertThat(first.status()).isEqualTo(200);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(TestPlatformChannel.REPLY);
    assertThat(queued().total()).isEqualTo(1);
    JsonNode stats = stats();
    assertThat(stats.at("/stored/inboxMessages").asLong()).isEqualTo(1);
    assertThat(stats.at("/sinceStart/accepted").asLong()).isEqualTo(2);
    assertThat(stats.at("/sinceStart/leadsQueued").asLong()).isEqualTo(1);
    assertThat(stats.at("/sinceStart/messagesStored").asLong()).isEqualTo(1);
    assertThat(stats.at("/sinceStart/duplicates").asLong()).isEqualTo(2);
  }

  @Test
  void acknowledgesTheSameDeliveryArrivingSeveralTimesAtOnceAndStoresItOnce() throws Exception {
    byte[] delivery =
        TestPlatformRequests.delivery(
            TestPlatformRequests.lead("郭靖", "13900002222"),
            TestPlatformRequests.message("openid-guo", "在吗"));
    ExecutorService platform = Executors.newFixedThreadPool(4);
    try {
      List<Future<ChannelApi.Response>> retries = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        retries.add(platform.submit(() -> api.deliver(channel, delivery)));
      }
      for (Future<ChannelApi.Response> retry : retries) {
        assertThat(retry.get().status()).isEqualTo(200);
      }
    } finally {
      platform.shutdownNow();
    }

    assertThat(queued().total()).isEqualTo(1);
    assertThat(stats().at("/stored/inboxMessages").asLong()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"wrong signature, deadbeef, signature-mismatch", "no signature, , signature-missing"})
  void rejectsWebhookWithWrongOrMissingSignatureAndStoresNothing(
      String why, String signature, String code) {
    byte[] body = TestPlatformRequests.delivery(TestPlatformRequests.lead("韩梅梅", "13700001111"));

    ChannelApi.Response response = api.webhook(channel, body, signature, "application/json");

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.json().get("code").asText()).isEqualTo(code);
    assertThat(response.json().get("type").asText()).isEqualTo("urn:huoke:problem:" + code);
    assertThat(response.json().get("title").asText()).isEqualTo("Signature rejected");
    assertNothingStored();
    assertThat(stats().at("/sinceStart/rejectedByReason/" + code).asLong()).isEqualTo(1);
  }

  @Test
  void rejectsAWrongContentTypeWith415() {
    byte[] body = TestPlatformRequests.delivery(TestPlatformRequests.lead("韩梅梅", "13700001111"));

    ChannelApi.Response response =
        api.webhook(channel, body, TestPlatformRequests.sign(body), "text/xml");

    assertThat(response.status()).isEqualTo(415);
    assertThat(response.json().get("code").asText()).isEqualTo("unsupported-content-type");
    assertNothingStored();
  }

  @Test
  void rejectsACallerTheChannelDoesNotAllowWith403() {
    api.put("/api/v1/channels/" + channel, Map.of("settings", Map.of("allowedIp", "198.51.100.9")));

    ChannelApi.Response response =
        api.deliver(
            channel,
            TestPlatformRequests.delivery(TestPlatformRequests.lead("韩梅梅", "13700001111")));

    assertThat(response.status()).isEqualTo(403);
    assertThat(response.json().get("code").asText()).isEqualTo("source-not-allowed");
    assertNothingStored();
  }

  @Test
  void rejectsABodyOverTheLimitByItsContentLengthWith413() {
    ChannelApi.Response response = api.deliver(channel, oversizeBody());

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("code").asText()).isEqualTo("payload-too-large");
    assertNothingStored();
  }

  @Test
  void rejectsAChunkedBodyOverTheLimitWhileReadingWith413() {
    ChannelApi.Response response = api.deliverChunked(channel, oversizeBody());

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("detail").asText()).contains("is longer");
    assertNothingStored();
  }

  @Test
  void acceptsAChunkedBodyWithinTheLimit() {
    ChannelApi.Response response =
        api.deliverChunked(
            channel, TestPlatformRequests.delivery(TestPlatformRequests.lead("赵敏", "13600001111")));

    assertThat(response.status()).isEqualTo(200);
    assertThat(queued().total()).isEqualTo(1);
  }

  @Test
  void answersTheUrlCheckWithExactlyTheReceiversReply() {
    String challenge = "8f3c1a";
    String signature = TestPlatformRequests.sign(TestPlatformRequests.SECRET, challenge);

    ChannelApi.Response response =
        api.get(
            "/api/v1/channels/%s/webhook?challenge=%s&signature=%s"
                .formatted(channel, challenge, signature));
    ChannelApi.Response forged =
        api.get(
            "/api/v1/channels/%s/webhook?challenge=%s&signature=00".formatted(channel, challenge));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("text/plain;charset=UTF-8");
    assertThat(response.body()).isEqualTo(challenge);
    assertThat(forged.status()).isEqualTo(401);
    assertThat(stats().at("/sinceStart/urlVerifications").asLong()).isEqualTo(1);
  }

  @Test
  void answersUnknownAndDisabledChannelsWith404() {
    byte[] body = TestPlatformRequests.delivery(TestPlatformRequests.lead("赵敏", "13600001111"));
    api.put("/api/v1/channels/" + channel, Map.of("enabled", false));

    assertThat(api.deliver(UUID.randomUUID(), body).status()).isEqualTo(404);
    assertThat(api.deliver(channel, body).status()).isEqualTo(404);
    assertNothingStored();
    assertThat(stats().at("/sinceStart/rejectedByReason/channel-disabled").asLong()).isEqualTo(1);
  }

  @Test
  void keepsAnUndecodableDeliveryAsADeadLetterAndReplaysItOnceTheCauseIsFixed() {
    Map<String, Object> lead = TestPlatformRequests.lead("周芷若", "13500001111");
    lead.put("mobile", lead.remove("phone"));

    ChannelApi.Response response = api.deliver(channel, TestPlatformRequests.delivery(lead));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("code").asText()).isEqualTo("undecodable-payload");
    String deadLetter = response.json().get("deadLetterId").asText();
    JsonNode listed =
        api.get("/api/v1/channels/dead-letters?status=OPEN&channelId=" + channel).json();
    assertThat(listed.findValuesAsText("id")).containsExactly(deadLetter);
    assertThat(listed.at("/items/0/reason").asText()).contains("'phone'");
    assertThat(queued().total()).isZero();

    ChannelApi.Response stillFailing = api.replay(deadLetter);

    assertThat(stillFailing.status()).isEqualTo(422);
    assertThat(stillFailing.json().get("code").asText()).isEqualTo("undecodable-payload");
    assertThat(api.deadLetter(deadLetter).get("status").asText()).isEqualTo("OPEN");
    assertThat(api.deadLetter(deadLetter).get("attempts").asInt()).isEqualTo(1);

    api.put("/api/v1/channels/" + channel, Map.of("settings", Map.of("phoneField", "mobile")));
    ChannelApi.Response replayed = api.replay(deadLetter);

    assertThat(replayed.status()).isEqualTo(200);
    assertThat(replayed.json().get("leadsQueued").asInt()).isEqualTo(1);
    assertThat(queued().total()).isEqualTo(1);
    assertThat(api.deadLetter(deadLetter).get("status").asText()).isEqualTo("REPLAYED");
    assertThat(api.replay(deadLetter).status()).isEqualTo(409);
    assertThat(stats().at("/stored/deadLetters/REPLAYED").asLong()).isEqualTo(1);
  }

  @Test
  void storesACustomerMessageOnceAndListsItMasked() {
    byte[] delivery =
        TestPlatformRequests.delivery(
            TestPlatformRequests.message("openid-zhou", "请回电 13812345678"));

    api.deliver(channel, delivery);
    api.deliver(channel, delivery);

    // a marketer's view: not a role that sees personal data
    JsonNode inbox =
        api.getAs(Caller.MARKETER, "/api/v1/inbox/messages?channelId=" + channel).json();
    assertThat(inbox.get("totalItems").asLong()).isEqualTo(1);
    assertThat(inbox.at("/items/0/text").asText()).isEqualTo("请回电 138****5678");
    assertThat(inbox.at("/items/0/senderKind").asText()).isEqualTo("WECHAT_OPENID");
    assertThat(inbox.at("/items/0/senderId").asText()).isEqualTo("op***");
    assertThat(inbox.at("/items/0/masked").asBoolean()).isTrue();
  }

  @Test
  void reportsStoredFiguresAndSinceStartCounters() {
    api.deliver(
        channel, TestPlatformRequests.delivery(TestPlatformRequests.lead("杨过", "13811112222")));
    api.webhook(channel, new byte[] {'{'}, "00", "application/json");

    JsonNode stats = stats();

    assertThat(stats.at("/channelId").asText()).isEqualTo(channel.toString());
    assertThat(stats.at("/stored/leadsQueued").asLong()).isEqualTo(1);
    assertThat(stats.at("/stored/deadLetters/OPEN").asLong()).isZero();
    assertThat(stats.at("/sinceStart/received").asLong()).isEqualTo(2);
    assertThat(stats.at("/sinceStart/accepted").asLong()).isEqualTo(1);
    assertThat(stats.at("/sinceStart/rejectedByReason/signature-mismatch").asLong()).isEqualTo(1);
    assertThat(stats.at("/sinceStart/startedAt").asText()).isNotEmpty();
    assertThat(stats.at("/lastReceivedAt").asText()).isNotEmpty();
  }

  private QueueCounts queued() {
    return queue.countsBySource("channel:" + channel);
  }

  private JsonNode stats() {
    return api.stats(channel);
  }

  private void assertNothingStored() {
    assertThat(queued().total()).isZero();
    JsonNode stored = stats().get("stored");
    assertThat(stored.get("inboxMessages").asLong()).isZero();
    assertThat(stored.at("/deadLetters/OPEN").asLong()).isZero();
  }

  private static byte[] oversizeBody() {
    byte[] body = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(body, (byte) ' ');
    return body;
  }
}
