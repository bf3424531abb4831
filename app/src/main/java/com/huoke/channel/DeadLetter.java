package com.huoke.channel;

import com.huoke.connectors.inbound.InboundRequest;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An authentic request that could not be turned into leads or messages, kept as it arrived so ops
 * can replay it once the cause is fixed. {@code body} is base64 of the raw bytes, encrypted.
 */
@Entity
@Table(name = "channel_dead_letters")
class DeadLetter {

  static final int MAX_REASON_LENGTH = 2000;

  // credentials of the caller, not part of what a platform sends or a receiver decodes
  private static final Set<String> NOT_KEPT =
      Set.of("authorization", "proxy-authorization", "cookie");

  @Id private UUID id;
  private UUID channelId;
  private String platform;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  private DeadLetterStatus status;

  private String reasonCode;
  private String reason;
  private String method;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, List<String>> headers;

  @JdbcTypeCode(SqlTypes.JSON)
  private Map<String, String> query;

  private String remoteAddress;
  private String body;
  private int bodyBytes;
  private Instant receivedAt;
  private int attempts;
  private Instant lastAttemptAt;
  private Instant resolvedAt;

  @Version private Long version;

  protected DeadLetter() {}

  static DeadLetter of(
      ChannelConfig channel,
      InboundRequest request,
      Instant receivedAt,
      String reasonCode,
      String reason,
      String encryptedBody) {
    DeadLetter letter = new DeadLetter();
    letter.id = UUID.randomUUID();
    letter.channelId = channel.id();
    letter.platform = channel.platform();
    letter.status = DeadLetterStatus.OPEN;
    letter.reasonCode = reasonCode;
    letter.reason = truncate(reason);
    letter.method = request.method();
    letter.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                letter.headers.put(name, List.copyOf(values));
              }
            });
    letter.query = new TreeMap<>(request.query());
    letter.remoteAddress = request.remoteAddress();
    letter.body = encryptedBody;
    letter.bodyBytes = request.body().length;
    letter.receivedAt = receivedAt;
    return letter;
  }

  /** The request as it arrived, given the decrypted raw body. */
  InboundRequest request(byte[] rawBody) {
    return new InboundRequest(method, headers, query, rawBody, remoteAddress);
  }

  boolean isOpen() {
    return status == DeadLetterStatus.OPEN;
  }

  void replayFailed(String newReasonCode, String newReason, Instant now) {
    this.reasonCode = newReasonCode;
    this.reason = truncate(newReason);
    this.attempts++;
    this.lastAttemptAt = now;
  }

  void replayed(Instant now) {
    this.status = DeadLetterStatus.REPLAYED;
    this.attempts++;
    this.lastAttemptAt = now;
    this.resolvedAt = now;
  }

  void discard(Instant now) {
    this.status = DeadLetterStatus.DISCARDED;
    this.resolvedAt = now;
  }

  private static String truncate(String reason) {
    String text = reason == null ? "" : reason;
    return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH);
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

  DeadLetterStatus status() {
    return status;
  }

  String reasonCode() {
    return reasonCode;
  }

  String reason() {
    return reason;
  }

  String method() {
    return method;
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  Map<String, String> query() {
    return query;
  }

  String remoteAddress() {
    return remoteAddress;
  }

  String encryptedBody() {
    return body;
  }

  int bodyBytes() {
    return bodyBytes;
  }

  Instant receivedAt() {
    return receivedAt;
  }

  int attempts() {
    return attempts;
  }

  Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  Instant resolvedAt() {
    return resolvedAt;
  }
}
