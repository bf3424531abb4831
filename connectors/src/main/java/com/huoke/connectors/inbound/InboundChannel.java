package com.huoke.connectors.inbound;

import java.util.List;

/**
 * The receiving side of one platform's webhook protocol: checks that a request really comes from
 * the platform, answers its URL checks and decodes deliveries into {@link InboundEvent}s.
 *
 * <p>Implementations check the signature (or token, or allow-list) before they decode anything of
 * the body beyond what the signature itself covers, and they never store anything: the app stores
 * the events durably and only then sends {@link InboundResult.Delivery#reply()}.
 */
public interface InboundChannel {

  /** The platform id used in channel configuration, e.g. {@code douyin}, {@code wecom}. */
  String platform();

  /** The settings a channel of this platform needs, e.g. the client secret. */
  List<CredentialSpec> credentials();

  /**
   * Handles one request.
   *
   * @throws SignatureRejectedException the request is not from the platform (HTTP 401)
   * @throws SourceNotAllowedException the caller's address is not allowed (HTTP 403)
   * @throws UnsupportedContentTypeException the body is not of the type the platform sends (415)
   * @throws UndecodablePayloadException the request is authentic but its body cannot be decoded
   *     (HTTP 400; the app keeps it as a dead letter)
   */
  InboundResult receive(InboundRequest request, ChannelCredentials credentials);
}
