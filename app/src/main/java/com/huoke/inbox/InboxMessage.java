package com.huoke.inbox;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A stored customer message, read-only here; {@code text} holds the encrypted form. */
@Entity
@Immutable
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

  protected InboxMessage() {}

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
