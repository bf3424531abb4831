package com.huoke.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.huoke.lead.LeadIntakeQueueStats;
import com.huoke.lead.QueueCounts;
import com.huoke.testsupport.Caller;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Dead letters for ops: what they keep, who sees the body, discarding them. */
@ChannelAppTest
class DeadLetterTest {

  @LocalServerPort int port;
  @Autowired LeadIntakeQueueStats queue;
  @Autowired DeadLetters deadLetters;
  @Autowired JdbcTemplate jdbc;
  ChannelApi api;
  UUID channel;

  @BeforeEach
  void createChannel() {
    api = new ChannelApi(port);
    channel = api.createTestChannel();
  }

  @Test
  void keepsALeadThatFailsValidationAsADeadLetterNamingTheField() {
    ChannelApi.Response response =
        api.deliver(
            channel,
            TestPlatformRequests.delivery(
                TestPlatformRequests.lead("张三", "13800001111"),
                TestPlatformRequests.lead("x".repeat(101), "not a phone")));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("code").asText()).isEqualTo("invalid-event");
    assertThat(response.json().at("/errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("contactName", "contactPhone");
    assertThat(queued().total()).as("one bad event keeps the whole delivery out").isZero();
    // as ops, who handle dead letters but may not see personal data
    JsonNode deadLetter =
        api.getAs(
                Caller.OPS,
                "/api/v1/channels/dead-letters/" + response.json().get("deadLetterId").asText())
            .json();
    assertThat(deadLetter.get("reasonCode").asText()).isEqualTo("invalid-event");
    assertThat(deadLetter.get("headers").toString()).containsIgnoringCase("X-Test-Signature");
    assertThat(deadLetter.get("bodyVisible").asBoolean()).isFalse();
    assertThat(deadLetter.get("body").isNull()).isTrue();
  }

  @Test
  void showsTheDeadLetterBodyOnlyToCallersWhoMaySeePersonalData() {
    byte[] body = "{\"events\": [{\"phone\": \"13812345678\"".getBytes(StandardCharsets.UTF_8);
    UUID id =
        UUID.fromString(
            api.webhook(channel, body, TestPlatformRequests.sign(body), "application/json")
                .json()
                .get("deadLetterId")
                .asText());

    DeadLetterView hidden = deadLetters.find(id);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                "ops", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    DeadLetterView shown;
    try {
      shown = deadLetters.find(id);
    } finally {
      SecurityContextHolder.clearContext();
    }

    assertThat(hidden.bodyVisible()).isFalse();
    assertThat(hidden.body()).isNull();
    assertThat(shown.bodyVisible()).isTrue();
    assertThat(shown.body()).isEqualTo(new String(body, StandardCharsets.UTF_8));
    assertThat(shown.summary().bodyBytes()).isEqualTo(body.length);
  }

  @Test
  void storesTheDeadLetterBodyOnlyEncrypted() {
    byte[] body = "{\"events\": [{\"phone\": \"13812345678\"".getBytes(StandardCharsets.UTF_8);
    String id =
        api.webhook(channel, body, TestPlatformRequests.sign(body), "application/json")
            .json()
            .get("deadLetterId")
            .asText();

    String stored =
        jdbc.queryForObject(
            "select body from channel_dead_letters where id = ?",
            String.class,
            UUID.fromString(id));

    assertThat(stored).startsWith("v1:").doesNotContain("13812345678");
    assertThat(new String(Base64.getDecoder().decode(stored.substring(3))))
        .doesNotContain("13812345678");
  }

  @Test
  void discardsADeadLetterSoItCanNoLongerBeReplayed() {
    ChannelApi.Response response =
        api.webhook(
            channel,
            "{not json".getBytes(),
            TestPlatformRequests.sign("{not json".getBytes()),
            "application/json");
    String deadLetter = response.json().get("deadLetterId").asText();

    ChannelApi.Response discarded =
        api.post("/api/v1/channels/dead-letters/" + deadLetter + "/discard", "");

    assertThat(discarded.status()).isEqualTo(200);
    assertThat(discarded.json().get("status").asText()).isEqualTo("DISCARDED");
    assertThat(api.replay(deadLetter).status()).isEqualTo(409);
    assertThat(
            api.get("/api/v1/channels/dead-letters?status=OPEN&channelId=" + channel)
                .json()
                .get("totalItems")
                .asLong())
        .isZero();
  }

  @Test
  void keepsARequestTheReceiverFailsOnAsADeadLetterAndAnswers500() {
    Map<String, Object> event = TestPlatformRequests.lead("欧阳锋", "13600002222");
    event.put("type", "poll");

    ChannelApi.Response response = api.deliver(channel, TestPlatformRequests.delivery(event));

    assertThat(response.status()).isEqualTo(500);
    assertThat(response.json().get("code").asText()).isEqualTo("receiver-error");
    assertThat(response.json().get("detail").asText()).doesNotContain("no handler");
    // as ops, who handle dead letters but may not see personal data
    JsonNode deadLetter =
        api.getAs(
                Caller.OPS,
                "/api/v1/channels/dead-letters/" + response.json().get("deadLetterId").asText())
            .json();
    assertThat(deadLetter.get("reasonCode").asText()).isEqualTo("receiver-error");
    assertThat(deadLetter.get("reason").asText()).contains("no handler for event type poll");
    assertThat(queued().total()).isZero();
  }

  private QueueCounts queued() {
    return queue.countsBySource("channel:" + channel);
  }
}
