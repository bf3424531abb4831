package com.huoke.inbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A message a customer sent, as a channel received it.
 *
 * @param channelId the channel it arrived on
 * @param platform the channel's platform id, e.g. {@code wechatmp}
 * @param platformMessageId the platform's id for it; a re-delivery carries the same one
 * @param senderKind how the platform identifies the sender, e.g. {@code WECHAT_OPENID}
 * @param senderId the sender's id of that kind
 * @param recipient the business account it was sent to, if the platform says
 * @param messageType the platform's type, e.g. {@code text}, {@code image}
 * @param text the text, if any
 * @param sentAt when the platform says it was sent
 * @param receivedAt when HuoKe received it
 */
public record IncomingMessage(
    @NotNull UUID channelId,
    @NotBlank @Size(max = 32) String platform,
    @NotBlank @Size(max = 128) String platformMessageId,
    @NotBlank @Size(max = 32) String senderKind,
    @NotBlank @Size(max = 128) String senderId,
    @Size(max = 128) String recipient,
    @NotBlank @Size(max = 32) String messageType,
    @Size(max = TEXT_MAX_LENGTH) String text,
    Instant sentAt,
    @NotNull Instant receivedAt) {

  /** Longer than any platform's text message (WeChat: 2048 bytes); guards the table, not the UX. */
  public static final int TEXT_MAX_LENGTH = 20_000;
}
