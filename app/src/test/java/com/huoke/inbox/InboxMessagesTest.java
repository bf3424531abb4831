package com.huoke.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The inbox store: once per platform message, text encrypted, masked for most callers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class InboxMessagesTest {

  @Autowired InboxMessages inbox;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEvents events;

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void storesAMessageOnceAndAnnouncesItOnce() {
    UUID channel = UUID.randomUUID();
    IncomingMessage message = message(channel, "wx-msg-1", "你好，请联系 13812345678");

    boolean first = inbox.receive(message);
    boolean again = inbox.receive(message);

    assertThat(first).isTrue();
    assertThat(again).isFalse();
    assertThat(inbox.statsOf(channel).messages()).isEqualTo(1);
    assertThat(events.stream(CustomerMessageReceived.class))
        .singleElement()
        .satisfies(
            received -> {
              assertThat(received.channelId()).isEqualTo(channel);
              assertThat(received.senderId()).isEqualTo("oUser123");
              assertThat(received.messageType()).isEqualTo("text");
            });
  }

  @Test
  void storesTheTextOnlyEncrypted() {
    UUID channel = UUID.randomUUID();
    inbox.receive(message(channel, "wx-msg-2", "我的手机 13812345678"));

    String stored =
        jdbc.queryForObject(
            "select text from inbox_messages where channel_id = ?", String.class, channel);

    assertThat(stored).startsWith("v1:").doesNotContain("13812345678");
  }

  @Test
  void showsTheTextMaskedUnlessTheCallerMaySeePersonalData() {
    UUID channel = UUID.randomUUID();
    inbox.receive(message(channel, "wx-msg-3", "我的手机 13812345678"));

    InboxMessageView masked = inbox.list(channel, 0, 10).items().get(0);
    SecurityContextHolder.getContext()
        .setAuthentication(
            new UsernamePasswordAuthenticationToken(
                "agent", null, List.of(new SimpleGrantedAuthority("ROLE_AGENT"))));
    InboxMessageView revealed = inbox.list(channel, 0, 10).items().get(0);

    assertThat(masked.text()).isEqualTo("我的手机 138****5678");
    assertThat(masked.senderId()).isEqualTo("oU***");
    assertThat(masked.masked()).isTrue();
    assertThat(revealed.text()).isEqualTo("我的手机 13812345678");
    assertThat(revealed.senderId()).isEqualTo("oUser123");
    assertThat(revealed.masked()).isFalse();
  }

  @Test
  void listsNewestFirst() {
    UUID channel = UUID.randomUUID();
    inbox.receive(message(channel, "older", "1", Instant.parse("2026-03-01T08:00:00Z")));
    inbox.receive(message(channel, "newer", "2", Instant.parse("2026-03-01T09:00:00Z")));

    InboxMessagePage page = inbox.list(channel, 0, 10);

    assertThat(page.items())
        .extracting(InboxMessageView::platformMessageId)
        .containsExactly("newer", "older");
    assertThat(page.totalItems()).isEqualTo(2);
    assertThat(inbox.statsOf(channel).lastReceivedAt()).isEqualTo("2026-03-01T09:00:00Z");
  }

  private static IncomingMessage message(UUID channel, String id, String text) {
    return message(channel, id, text, Instant.now());
  }

  private static IncomingMessage message(UUID channel, String id, String text, Instant receivedAt) {
    return new IncomingMessage(
        channel,
        "wechatmp",
        id,
        "WECHAT_OPENID",
        "oUser123",
        "gh_huoke",
        "text",
        text,
        receivedAt,
        receivedAt);
  }
}
