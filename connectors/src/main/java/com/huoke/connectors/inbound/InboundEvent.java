package com.huoke.connectors.inbound;

import java.time.Instant;

/**
 * Something a platform told HuoKe. {@link #messageId()} is the platform's own id for it (e.g.
 * Douyin's {@code Msg-Id}, a WeChat {@code MsgId}); a re-delivery carries the same id, which is how
 * the app acknowledges it without creating anything new.
 */
public sealed interface InboundEvent {

  String messageId();

  Instant occurredAt();

  /** A person left contact details: a lead. */
  record LeadSubmitted(String messageId, Instant occurredAt, InboundLead lead)
      implements InboundEvent {}

  /**
   * A person wrote to the business (e.g. a WeChat text message): a message for the inbox.
   *
   * @param sender who wrote, as the platform identifies them
   * @param recipient the business account it was sent to, e.g. the official account's id
   */
  record CustomerMessage(
      String messageId,
      Instant occurredAt,
      PlatformIdentity sender,
      String recipient,
      String messageType,
      String text)
      implements InboundEvent {}
}
