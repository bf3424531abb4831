package com.huoke.connectors.xiaohongshu;

import com.huoke.connectors.inbound.InboundRequest;
import com.huoke.connectors.inbound.support.ConstantTime;
import com.huoke.connectors.inbound.support.Digests;
import com.huoke.connectors.inbound.support.SignatureRejections;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Xiaohongshu's optional lead-push signature: {@code X-Red-Signature: sha1=<hex(HmacSHA1(key =
 * token, raw body))>}, the scheme public receivers of 聚光 pushes verify.
 */
public final class XiaohongshuSignature {

  /** The header that carries the signature. */
  public static final String HEADER = "X-Red-Signature";

  private static final String PREFIX = "sha1=";
  private static final String SCHEME = "sha1=hex(HmacSHA1(token, body))";

  private final byte[] token;

  public XiaohongshuSignature(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  /** The header value Xiaohongshu sends with {@code body}. */
  public String sign(byte[] body) {
    return PREFIX + Digests.hex(Digests.hmacSha1(token, body));
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
    String value = provided.trim();
    if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)
        || !ConstantTime.hexMatches(
            Digests.hmacSha1(token, request.body()), value.substring(PREFIX.length()))) {
      throw SignatureRejections.mismatch(HEADER, SCHEME);
    }
  }
}
