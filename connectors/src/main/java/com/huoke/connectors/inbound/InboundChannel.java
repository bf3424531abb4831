package com.huoke.connectors.inbound;

import java.util.List;

/**
 * The receiving side of one platform's webhook protocol: checks that a request really comes from
 * the platform, answers its URL checks and decodes deliveries into {@link InboundEvent}s.
 *
 * <p>Implementations never store anything: the app calls {@link #verify}, then {@link #decode},
 * stores the events durably and only then sends {@link InboundResult.Delivery#reply()}.
 */
public interface InboundChannel {

  /** The platform id used in channel configuration, e.g. {@code douyin}, {@code wecom}. */
  String platform();

  /** The settings a channel of this platform needs, e.g. the client secret. */
  List<CredentialSpec> credentials();

  /**
   * Proves that the request comes from the platform, reading only what the proof covers (headers,
   * query, the raw body bytes, or the encrypted envelope field the signature is computed over). The
   * app calls this before anything else touches the body; a replayed or stale timestamp is rejected
   * here as well.
   *
   * @throws SignatureRejectedException the request is not from the platform (HTTP 401)
   * @throws SourceNotAllowedException the caller's address is not allowed (HTTP 403)
   * @throws UnsupportedContentTypeException the body is not of the type the platform sends (415)
   */
  void verify(InboundRequest request, ChannelCredentials credentials);

  /**
   * Decodes a verified request: a URL check to answer, or the events of a delivery. Also called
   * without {@link #verify} when ops replay a dead letter, which was verified when it arrived.
   *
   * @throws UndecodablePayloadException the body cannot be decoded (HTTP 400; the app keeps the
   *     request as a dead letter)
   */
  InboundResult decode(InboundRequest request, ChannelCredentials credentials);
}
