package com.huoke.inbox;

import com.huoke.privacy.PersonalDataAccess;
import com.huoke.privacy.PersonalDataCipher;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

  InboxMessages(
      InboxMessageRepository messages,
      PersonalDataCipher cipher,
      PersonalDataAccess access,
      ApplicationEventPublisher events) {
    this.messages = messages;
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
    if (messages.existsByChannelIdAndPlatformMessageId(
        message.channelId(), message.platformMessageId())) {
      return false;
    }
    InboxMessage stored = messages.save(InboxMessage.of(message, cipher.encrypt(message.text())));
    events.publishEvent(
        new CustomerMessageReceived(
            stored.id(),
            stored.channelId(),
            stored.platform(),
            stored.senderKind(),
            stored.senderId(),
            stored.messageType(),
            stored.receivedAt()));
    return true;
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
