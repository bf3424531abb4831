package com.huoke.channel;

import com.huoke.connectors.inbound.InboundResult;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A receiver's reply as the HTTP response, byte for byte: platforms compare echoes exactly. */
final class Replies {

  private Replies() {}

  static ResponseEntity<byte[]> ok(InboundResult.Reply reply) {
    MediaType type = MediaType.parseMediaType(reply.contentType());
    Charset charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    // a preset Content-Type is written as it is, without content negotiation
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_TYPE, reply.contentType())
        .body(reply.body() == null ? new byte[0] : reply.body().getBytes(charset));
  }
}
