package com.huoke.inbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A stored customer message; {@code text} holds the encrypted form. */
@Entity
@Table(name = "inbox_messages")
class InboxMessage {

  @Id private UUID id;
  private UUID channelId;
  private String platform;
  private String platformMessageId;
  private String senderKind;
  private String senderId;
  private String recipient;
  private String messageType;
  private String text;
  private Instant sentAt;
  private Instant receivedAt;

  // null until persisted, which is how Spring Data tells a new message from a stored one
  @Version private Long version;

  protected InboxMessage() {}

  static InboxMessage of(IncomingMessage message, String encryptedText) {
    InboxMessage entity = new InboxMessage();
    entity.id = UUID.randomUUID();
    entity.channelId = message.channelId();
    entity.platform = message.platform();
    entity.platformMessageId = message.platformMessageId();
    entity.senderKind = message.senderKind();
    entity.senderId = message.senderId();
    entity.recipient = message.recipient();
    entity.messageType = message.messageType();
    entity.text = encryptedText;
    entity.sentAt = message.sentAt();
    entity.receivedAt = message.receivedAt();
    return entity;
  }

  UUID id() {
    return id;
  }

  UUID channelId() {
    return channelId;
  }

  String platform() {
    return platform;
  }

  String platformMessageId() {
    return platformMessageId;
  }

  String senderKind() {
    return senderKind;
  }

  String senderId() {
    return senderId;
  }

  String recipient() {
    return recipient;
  }

  String messageType() {
    return messageType;
  }

  String encryptedText() {
    return text;
  }

  Instant sentAt() {
    return sentAt;
  }

  Instant receivedAt() {
    return receivedAt;
  }
}
