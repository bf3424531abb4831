package com.huoke.connectors.inbound;

/**
 * An authentic request whose body cannot be decoded (truncated, not JSON/XML, required fields
 * missing, cannot be decrypted). Answered with 400 and kept as a dead letter for ops to replay.
 */
public final class UndecodablePayloadException extends WebhookRejectedException {

  public UndecodablePayloadException(String message) {
    super("undecodable-payload", message, null);
  }

  public UndecodablePayloadException(String message, Throwable cause) {
    super("undecodable-payload", message, cause);
  }
}
