package com.huoke.inbox;

import com.huoke.privacy.PersonalDataAccess;
import com.huoke.privacy.PersonalDataCipher;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox: stores customer messages once each and shows them, masked where the caller must. */
@Service
public class InboxMessages {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("id"));

  private final InboxMessageRepository messages;
  private final PersonalDataCipher cipher;
  private final PersonalDataAccess access;
  private final ApplicationEventPublisher events;
  private final JdbcTemplate jdbc;
  private final InboxInsertDialect dialect;

  InboxMessages(
      InboxMessageRepository messages,
      PersonalDataCipher cipher,
      PersonalDataAccess access,
      ApplicationEventPublisher events,
      JdbcTemplate jdbc,
      DataSource dataSource) {
    this.messages = messages;
    this.jdbc = jdbc;
    this.dialect = InboxInsertDialect.of(dataSource);
    this.cipher = cipher;
    this.access = access;
    this.events = events;
  }

  /**
   * Stores the message in the caller's transaction and publishes {@link CustomerMessageReceived}.
   *
   * @return {@code false} when this channel already has a message with this platform message id (a
   *     re-delivery): nothing new is stored or published
   */
  @Transactional
  public boolean receive(IncomingMessage message) {
    UUID id = UUID.randomUUID();
    boolean stored =
        jdbc.update(
                dialect.insertIfNew,
                id,
                message.channelId(),
                message.platform(),
                message.platformMessageId(),
                message.senderKind(),
                message.senderId(),
                message.recipient(),
                message.messageType(),
                cipher.encrypt(message.text()),
                utc(message.sentAt()),
                utc(message.receivedAt()))
            == 1;
    if (stored) {
      events.publishEvent(
          new CustomerMessageReceived(
              id,
              message.channelId(),
              message.platform(),
              message.senderKind(),
              message.senderId(),
              message.messageType(),
              message.receivedAt()));
    }
    return stored;
  }

  /** Messages newest first, of one channel or of all when {@code channelId} is null. */
  @Transactional(readOnly = true)
  public InboxMessagePage list(UUID channelId, int page, int size) {
    PageRequest request = PageRequest.of(page, size, NEWEST_FIRST);
    Page<InboxMessage> found =
        channelId == null
            ? messages.findAll(request)
            : messages.findByChannelId(channelId, request);
    boolean revealed = access.currentCallerMaySee();
    return new InboxMessagePage(
        found.map(message -> view(message, revealed)).getContent(),
        page,
        size,
        found.getTotalElements(),
        found.getTotalPages());
  }

  /** How many messages a channel has brought in, and when the last one arrived. */
  @Transactional(readOnly = true)
  public ChannelInboxStats statsOf(UUID channelId) {
    return new ChannelInboxStats(
        messages.countByChannelId(channelId), messages.lastReceivedAt(channelId));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private InboxMessageView view(InboxMessage message, boolean revealed) {
    String text = cipher.decrypt(message.encryptedText());
    return new InboxMessageView(
        message.id(),
        message.channelId(),
        message.platform(),
        message.platformMessageId(),
        message.senderKind(),
        revealed ? message.senderId() : MessageMasking.handle(message.senderId()),
        message.recipient(),
        message.messageType(),
        revealed ? text : MessageMasking.text(text),
        !revealed,
        message.sentAt(),
        message.receivedAt());
  }
}
