package com.huoke.connectors.oceanengine;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.support.ConstantTime;
import com.huoke.connectors.inbound.support.Digests;
import com.huoke.connectors.inbound.support.SignatureRejections;
import java.nio.charset.StandardCharsets;

/**
 * Ocean Engine's SPI push signature: {@code X-Open-Signature = hex(HmacSHA256(key = SPI secret, raw
 * body))}, as in the platform's Go SDK ({@code marketing-api/model/spi/signature.go}).
 */
public final class OceanEngineSignature {

  /** The header that carries the signature. */
  public static final String HEADER = "X-Open-Signature";

  private static final String SCHEME = "hex(HmacSHA256(SPI secret, body))";

  private final byte[] secret;

  public OceanEngineSignature(String secret) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  /** The signature Ocean Engine sends with {@code body}. */
  public String sign(byte[] body) {
    return Digests.hex(Digests.hmacSha256(secret, body));
  }

  /** Whether the request carries a signature header at all. */
  public static boolean isPresent(InboundRequest request) {
    String provided = request.header(HEADER);
    return provided != null && !provided.isBlank();
  }

  /**
   * Passes when the request carries the signature of its raw body.
   *
   * @throws com.huoke.connectors.inbound.SignatureRejectedException {@code signature-missing} or
   *     {@code signature-mismatch}
   */
  public void verify(InboundRequest request) {
    if (!isPresent(request)) {
      throw SignatureRejections.missing(HEADER);
    }
    if (!ConstantTime.hexMatches(
        Digests.hmacSha256(secret, request.body()), request.header(HEADER))) {
      throw SignatureRejections.mismatch(HEADER, SCHEME);
    }
  }
}
