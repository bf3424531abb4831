package com.huoke.connectors.douyin;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.support.ConstantTime;
import com.huoke.connectors.inbound.support.Digests;
import com.huoke.connectors.inbound.support.SignatureRejections;
import java.nio.charset.StandardCharsets;

/**
 * Douyin's webhook signature: {@code X-Douyin-Signature = sha1hex(client_secret + raw body)}, a
 * plain SHA-1 over the concatenation (not an HMAC), as the open platform documents it.
 */
public final class DouyinSignature {

  /** The header that carries the signature. */
  public static final String HEADER = "X-Douyin-Signature";

  private static final String SCHEME = "sha1hex(client secret + body)";

  private final byte[] clientSecret;

  public DouyinSignature(String clientSecret) {
    this.clientSecret = clientSecret.getBytes(StandardCharsets.UTF_8);
  }

  /** The signature Douyin sends with {@code body}. */
  public String sign(byte[] body) {
    return Digests.hex(digest(body));
  }

  /**
   * Passes when the request carries the signature of its raw body.
   *
   * @throws com.huoke.connectors.inbound.SignatureRejectedException {@code signature-missing} or
   *     {@code signature-mismatch}
   */
  public void verify(InboundRequest request) {
    String provided = request.header(HEADER);
    if (provided == null || provided.isBlank()) {
      throw SignatureRejections.missing(HEADER);
    }
    if (!ConstantTime.hexMatches(digest(request.body()), provided)) {
      throw SignatureRejections.mismatch(HEADER, SCHEME);
    }
  }

  private byte[] digest(byte[] body) {
    return Digests.sha1(clientSecret, body);
  }
}
